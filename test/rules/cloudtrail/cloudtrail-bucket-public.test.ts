import rule from '../../../rules/cloudtrail/cloudtrail-bucket-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'private log bucket with the CloudTrail service policy (a naive rule flags the policy)',
      yaml: `
        Resources:
          TrailBucket:
            Type: AWS::S3::Bucket
          TrailBucketPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref TrailBucket
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      Service: cloudtrail.amazonaws.com
                    Action: s3:PutObject
                    Resource: !Sub "\${TrailBucket.Arn}/AWSLogs/\${AWS::AccountId}/*"
          Trail:
            Type: AWS::CloudTrail::Trail
            DependsOn: TrailBucketPolicy
            Properties:
              IsLogging: true
              S3BucketName: !Ref TrailBucket
      `,
    },
    {
      name: 'bucket named outside the template is not checked',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: org-trail-logs
      `,
    },
  ],
  invalid: [
    {
      name: 'log bucket with a public ACL',
      yaml: `
        Resources:
          TrailBucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicRead
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: !Ref TrailBucket
      `,
      errors: [{ messageId: 'acl', path: ['Resources', 'Trail', 'Properties', 'S3BucketName'], line: 10, column: 21, message: 'AccessControl PublicRead' }],
    },
    {
      name: 'log bucket with a public policy and an explicit false flag',
      yaml: `
        Resources:
          TrailBucket:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicPolicy: false
          TrailBucketPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref TrailBucket
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: s3:GetObject
                    Resource: !Sub "\${TrailBucket.Arn}/*"
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: !Ref TrailBucket
      `,
      errors: [
        { messageId: 'policy', path: ['Resources', 'Trail', 'Properties', 'S3BucketName'], line: 21, column: 21, message: 'bucket policy TrailBucketPolicy lets anyone perform s3:GetObject' },
        { messageId: 'unblocked', path: ['Resources', 'Trail', 'Properties', 'S3BucketName'], line: 21, column: 21, message: 'sets BlockPublicPolicy to false' },
      ],
    },
  ],
});
