import rule from '../../../rules/s3/s3-bucket-access-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'bucket logs to another bucket',
      yaml: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              LoggingConfiguration:
                DestinationBucketName: !Ref Logs
                LogFilePrefix: data/
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: LogDeliveryWrite
      `,
    },
    {
      name: 'the log destination bucket itself is exempt (a naive rule flags it)',
      yaml: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              LoggingConfiguration:
                DestinationBucketName: !Ref Logs
          Logs:
            Type: AWS::S3::Bucket
      `,
    },
    {
      name: 'a bucket that receives CloudTrail logs is exempt',
      yaml: `
        Resources:
          TrailBucket:
            Type: AWS::S3::Bucket
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: !Ref TrailBucket
      `,
    },
    {
      name: 'logging in both Fn::If branches',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              LoggingConfiguration: !If
                - IsProd
                - DestinationBucketName: prod-logs
                - DestinationBucketName: dev-logs
      `,
    },
  ],
  invalid: [
    {
      name: 'bucket without logging',
      yaml: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: data
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Data'], line: 2, column: 3 }],
    },
    {
      name: 'logging only when a condition holds',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              LoggingConfiguration: !If
                - IsProd
                - DestinationBucketName: prod-logs
                - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Data', 'Properties', 'LoggingConfiguration'], line: 7, column: 7, message: 'when condition IsProd is false' }],
    },
    {
      name: 'a bucket that only mentions another bucket in a policy is not a log bucket',
      yaml: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
          Other:
            Type: AWS::S3::Bucket
            Properties:
              Tags:
                - Key: sibling
                  Value: !Ref Data
              LoggingConfiguration:
                DestinationBucketName: central-logs
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Data'], line: 2, column: 3 }],
    },
  ],
});
