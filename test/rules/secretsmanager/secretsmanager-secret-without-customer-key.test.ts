import rule from '../../../rules/secretsmanager/secretsmanager-secret-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key',
      yaml: `
        Resources:
          DbSecret:
            Type: AWS::SecretsManager::Secret
            Properties:
              KmsKeyId: !Ref SecretsKey
              GenerateSecretString:
                SecretStringTemplate: '{"username": "app"}'
                GenerateStringKey: password
          SecretsKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'key ARN imported from another stack is unknown (a naive rule flags it)',
      yaml: `
        Resources:
          DbSecret:
            Type: AWS::SecretsManager::Secret
            Properties:
              KmsKeyId: !ImportValue shared-secrets-key-arn
      `,
    },
  ],
  invalid: [
    {
      name: 'no KmsKeyId',
      yaml: `
        Resources:
          DbSecret:
            Type: AWS::SecretsManager::Secret
            Properties:
              GenerateSecretString:
                SecretStringTemplate: '{"username": "app"}'
                GenerateStringKey: password
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'DbSecret'], line: 2, column: 3 }],
    },
    {
      name: 'whole Properties under Fn::If: both branches lack a key',
      yaml: `
        Conditions:
          IsNew: !Equals [!Ref AWS::StackName, new]
        Resources:
          DbSecret:
            Type: AWS::SecretsManager::Secret
            Properties: !If
              - IsNew
              - Description: New
              - Description: Restore
                KmsKeyId: alias/aws/secretsmanager
      `,
      errors: [
        { messageId: 'missing', path: ['Resources', 'DbSecret', 'Properties', 'Fn::If', 1], line: 8, column: 9, message: 'when condition IsNew is true' },
        { messageId: 'awsManaged', path: ['Resources', 'DbSecret', 'Properties', 'Fn::If', 2, 'KmsKeyId'], line: 10, column: 19, message: 'when condition IsNew is false' },
      ],
    },
  ],
});
