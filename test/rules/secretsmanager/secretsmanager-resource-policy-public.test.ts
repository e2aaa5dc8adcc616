import rule from '../../../rules/secretsmanager/secretsmanager-resource-policy-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'role principal',
      yaml: `
        Resources:
          SecretPolicy:
            Type: AWS::SecretsManager::ResourcePolicy
            Properties:
              SecretId: !Ref DbSecret
              ResourcePolicy:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: !GetAtt AppRole.Arn
                    Action: secretsmanager:GetSecretValue
                    Resource: "*"
          DbSecret:
            Type: AWS::SecretsManager::Secret
          AppRole:
            Type: AWS::IAM::Role
      `,
    },
    {
      name: 'wildcard Deny outside the VPC endpoint (a naive rule flags the *)',
      yaml: `
        Resources:
          SecretPolicy:
            Type: AWS::SecretsManager::ResourcePolicy
            Properties:
              SecretId: !Ref DbSecret
              ResourcePolicy:
                Statement:
                  - Effect: Deny
                    Principal: "*"
                    Action: secretsmanager:GetSecretValue
                    Resource: "*"
                    Condition:
                      StringNotEquals:
                        aws:SourceVpce: vpce-1a2b3c4d
          DbSecret:
            Type: AWS::SecretsManager::Secret
      `,
    },
  ],
  invalid: [
    {
      name: 'anyone may read the secret',
      yaml: `
        Resources:
          SecretPolicy:
            Type: AWS::SecretsManager::ResourcePolicy
            Properties:
              SecretId: !Ref DbSecret
              ResourcePolicy:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: "*"
                    Action: secretsmanager:GetSecretValue
                    Resource: "*"
          DbSecret:
            Type: AWS::SecretsManager::Secret
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'SecretPolicy', 'Properties', 'ResourcePolicy', 'Statement', 0, 'Principal', 'AWS'], line: 10, column: 20, message: 'of secret DbSecret' }],
    },
  ],
});
