import rule from '../../../rules/glue/glue-security-configuration-encryption-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'everything encrypted',
      yaml: `
        Resources:
          GlueSecurity:
            Type: AWS::Glue::SecurityConfiguration
            Properties:
              Name: etl
              EncryptionConfiguration:
                S3Encryptions:
                  - S3EncryptionMode: SSE-KMS
                    KmsKeyArn: !GetAtt GlueKey.Arn
                CloudWatchEncryption:
                  CloudWatchEncryptionMode: SSE-KMS
                  KmsKeyArn: !GetAtt GlueKey.Arn
                JobBookmarksEncryption:
                  JobBookmarksEncryptionMode: CSE-KMS
                  KmsKeyArn: !GetAtt GlueKey.Arn
          GlueKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'modes from parameter defaults (a naive rule flags the Refs)',
      yaml: `
        Parameters:
          S3Mode:
            Type: String
            Default: SSE-S3
          LogMode:
            Type: String
            Default: SSE-KMS
        Resources:
          GlueSecurity:
            Type: AWS::Glue::SecurityConfiguration
            Properties:
              Name: etl
              EncryptionConfiguration:
                S3Encryptions:
                  - S3EncryptionMode: !Ref S3Mode
                CloudWatchEncryption:
                  CloudWatchEncryptionMode: !Ref LogMode
                JobBookmarksEncryption:
                  JobBookmarksEncryptionMode: CSE-KMS
      `,
    },
  ],
  invalid: [
    {
      name: 'S3 disabled, no log or bookmark encryption',
      yaml: `
        Resources:
          GlueSecurity:
            Type: AWS::Glue::SecurityConfiguration
            Properties:
              Name: etl
              EncryptionConfiguration:
                S3Encryptions:
                  - S3EncryptionMode: DISABLED
      `,
      errors: [
        { messageId: 'disabled', path: ['Resources', 'GlueSecurity', 'Properties', 'EncryptionConfiguration'], line: 6, column: 7, message: 'CloudWatch logs' },
        { messageId: 'disabled', path: ['Resources', 'GlueSecurity', 'Properties', 'EncryptionConfiguration'], line: 6, column: 7, message: 'job bookmarks' },
        { messageId: 'disabled', path: ['Resources', 'GlueSecurity', 'Properties', 'EncryptionConfiguration', 'S3Encryptions', 0, 'S3EncryptionMode'], line: 8, column: 31, message: 'data written to S3' },
      ],
    },
    {
      name: 'empty S3Encryptions list, bookmarks disabled',
      yaml: `
        Resources:
          GlueSecurity:
            Type: AWS::Glue::SecurityConfiguration
            Properties:
              Name: etl
              EncryptionConfiguration:
                S3Encryptions: []
                CloudWatchEncryption:
                  CloudWatchEncryptionMode: SSE-KMS
                JobBookmarksEncryption:
                  JobBookmarksEncryptionMode: DISABLED
      `,
      errors: [
        { messageId: 'disabled', path: ['Resources', 'GlueSecurity', 'Properties', 'EncryptionConfiguration', 'S3Encryptions'], line: 7, column: 24, message: 'data written to S3' },
        { messageId: 'disabled', path: ['Resources', 'GlueSecurity', 'Properties', 'EncryptionConfiguration', 'JobBookmarksEncryption', 'JobBookmarksEncryptionMode'], line: 11, column: 39, message: 'job bookmarks' },
      ],
    },
  ],
});
