import rule from '../../../rules/s3/s3-bucket-kms-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'SSE-KMS with a customer key',
      yaml: `
        Resources:
          Reports:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: aws:kms
                      KMSMasterKeyID: !GetAtt ReportsKey.Arn
                    BucketKeyEnabled: true
          ReportsKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'SSE-S3 is a different choice, not reported (a naive rule flags it)',
      yaml: `
        Resources:
          Reports:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: AES256
      `,
    },
    {
      name: 'algorithm from a parameter without default is unknown',
      yaml: `
        Parameters:
          Alg:
            Type: String
        Resources:
          Reports:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: !Ref Alg
      `,
    },
  ],
  invalid: [
    {
      name: 'aws:kms without a key',
      yaml: `
        Resources:
          Reports:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: aws:kms
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Reports', 'Properties', 'BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault'], line: 7, column: 13 }],
    },
    {
      name: 'aws/s3 alias in one Fn::If branch',
      yaml: `
        Conditions:
          Shared: !Equals [!Ref AWS::StackName, shared]
        Resources:
          Reports:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: aws:kms:dsse
                      KMSMasterKeyID: !If [Shared, alias/aws/s3, !Ref ReportsKey]
          ReportsKey:
            Type: AWS::KMS::Key
      `,
      errors: [{ messageId: 'awsManaged', path: ['Resources', 'Reports', 'Properties', 'BucketEncryption', 'ServerSideEncryptionConfiguration', 0, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID', 'Fn::If', 1], line: 11, column: 44, message: 'when condition Shared is true' }],
    },
  ],
});
