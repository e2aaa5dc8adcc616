import rule from '../../../rules/s3/s3-bucket-encryption-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'SSE-S3 default encryption',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: AES256
      `,
    },
    {
      name: 'both Fn::If branches encrypt (a naive rule flags the If)',
      yaml: `
        Conditions:
          UseKms: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption: !If
                - UseKms
                - ServerSideEncryptionConfiguration:
                    - ServerSideEncryptionByDefault:
                        SSEAlgorithm: aws:kms
                        KMSMasterKeyID: !Ref Key
                - ServerSideEncryptionConfiguration:
                    - ServerSideEncryptionByDefault:
                        SSEAlgorithm: AES256
          Key:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'algorithm from a parameter without default is unknown, not reported',
      yaml: `
        Parameters:
          Algorithm:
            Type: String
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: !Ref Algorithm
      `,
    },
  ],
  invalid: [
    {
      name: 'bucket without properties',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Bucket'], line: 2, column: 3 }],
      output: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: AES256
      `,
    },
    {
      name: 'bucket with other properties keeps their order and comments',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub "\${AWS::StackName}-data" # named
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Bucket'], line: 2, column: 3 }],
      output: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub "\${AWS::StackName}-data" # named
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: AES256
      `,
    },
    {
      name: 'encryption only in one Fn::If branch names the condition',
      yaml: `
        Conditions:
          Encrypt: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption: !If
                - Encrypt
                - ServerSideEncryptionConfiguration:
                    - ServerSideEncryptionByDefault:
                        SSEAlgorithm: AES256
                - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Bucket', 'Properties', 'BucketEncryption'], line: 7, column: 7, message: 'when condition Encrypt is false' }],
    },
    {
      name: 'rule without an algorithm',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - BucketKeyEnabled: true
      `,
      errors: [{ messageId: 'noAlgorithm', path: ['Resources', 'Bucket', 'Properties', 'BucketEncryption', 'ServerSideEncryptionConfiguration', 0], line: 7, column: 13 }],
    },
  ],
});
