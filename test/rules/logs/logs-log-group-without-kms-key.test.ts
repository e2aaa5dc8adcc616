import rule from '../../../rules/logs/logs-log-group-without-kms-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key by GetAtt',
      yaml: `
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              RetentionInDays: 90
              KmsKeyId: !GetAtt LogsKey.Arn
          LogsKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'key in both Fn::If branches (a naive rule flags the If)',
      yaml: `
        Conditions:
          Prod: !Equals [!Ref AWS::StackName, prod]
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              KmsKeyId: !If [Prod, !GetAtt LogsKey.Arn, arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab]
          LogsKey:
            Type: AWS::KMS::Key
      `,
    },
  ],
  invalid: [
    {
      name: 'no KmsKeyId',
      yaml: `
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              RetentionInDays: 90
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'AppLogs'], line: 2, column: 3 }],
    },
    {
      name: 'empty key from a parameter default',
      yaml: `
        Parameters:
          LogKey:
            Type: String
            Default: ''
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              KmsKeyId: !Ref LogKey
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'AppLogs', 'Properties', 'KmsKeyId'], line: 9, column: 17, message: 'from the Default of parameter LogKey' }],
    },
  ],
});
