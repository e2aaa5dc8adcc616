import rule from '../../../rules/kms/kms-key-policy-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'account root principal',
      yaml: `
        Resources:
          Key:
            Type: AWS::KMS::Key
            Properties:
              KeyPolicy:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root"
                    Action: kms:*
                    Resource: "*"
      `,
    },
    {
      name: 'wildcard narrowed by kms:CallerAccount and kms:ViaService (the AWS managed key pattern)',
      yaml: `
        Resources:
          Key:
            Type: AWS::KMS::Key
            Properties:
              KeyPolicy:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: "*"
                    Action: [kms:Encrypt, kms:Decrypt]
                    Resource: "*"
                    Condition:
                      StringEquals:
                        kms:CallerAccount: !Ref AWS::AccountId
                        kms:ViaService: !Sub "ec2.\${AWS::Region}.amazonaws.com"
      `,
    },
  ],
  invalid: [
    {
      name: 'AWS * inside a list',
      yaml: `
        Resources:
          Key:
            Type: AWS::KMS::Key
            Properties:
              KeyPolicy:
                Statement:
                  - Sid: Allow administration of the key
                    Effect: Allow
                    Principal:
                      AWS: [arn:aws:iam::111122223333:root, "*"]
                    Action: [kms:Create*, kms:CancelKeyDeletion]
                    Resource: "*"
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Key', 'Properties', 'KeyPolicy', 'Statement', 0, 'Principal', 'AWS', 1], line: 10, column: 53, message: 'kms:Create*, kms:CancelKeyDeletion' }],
    },
    {
      name: 'Principal * with an encryption-context condition that does not narrow',
      yaml: `
        Resources:
          Key:
            Type: AWS::KMS::Key
            Properties:
              KeyPolicy:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: kms:Decrypt
                    Resource: "*"
                    Condition:
                      StringEquals:
                        kms:EncryptionContext:app: billing
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Key', 'Properties', 'KeyPolicy', 'Statement', 0, 'Principal'], line: 8, column: 24 }],
    },
  ],
});
