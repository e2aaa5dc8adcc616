import rule from '../../../rules/cloudtrail/cloudtrail-trail-not-encrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'trail with a KMS key of this template',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
              KMSKeyId: !GetAtt TrailKey.Arn
          TrailKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'key alias from a parameter default (a naive rule flags the Ref)',
      yaml: `
        Parameters:
          TrailKeyAlias:
            Type: String
            Default: alias/cloudtrail
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
              KMSKeyId: !Ref TrailKeyAlias
      `,
    },
  ],
  invalid: [
    {
      name: 'trail without KMSKeyId',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Trail'], line: 2, column: 3 }],
    },
    {
      name: 'key only when a condition holds',
      yaml: `
        Conditions:
          Prod: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
              KMSKeyId: !If [Prod, alias/cloudtrail, '']
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Trail', 'Properties', 'KMSKeyId', 'Fn::If', 2], line: 9, column: 46, message: 'when condition Prod is false' }],
    },
  ],
});
