import rule from '../../../rules/cloudtrail/cloudtrail-trail-not-logging';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'trail that logs',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
      `,
    },
    {
      name: 'IsLogging from a parameter without default is unknown',
      yaml: `
        Parameters:
          Logging:
            Type: String
            AllowedValues: ['true', 'false']
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: !Ref Logging
              S3BucketName: trail-bucket
      `,
    },
  ],
  invalid: [
    {
      name: 'trail deployed stopped',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: false
              S3BucketName: trail-bucket
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Trail', 'Properties', 'IsLogging'], line: 5, column: 18 }],
      output: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
      `,
    },
    {
      name: 'false from a parameter default (string form)',
      yaml: `
        Parameters:
          Logging:
            Type: String
            Default: 'false'
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: !Ref Logging
              S3BucketName: trail-bucket
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Trail', 'Properties', 'IsLogging'], line: 9, column: 18, message: 'from the Default of parameter Logging' }],
    },
  ],
});
