import rule from '../../../rules/cloudtrail/cloudtrail-log-file-validation-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'validation on',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              EnableLogFileValidation: true
              S3BucketName: trail-bucket
      `,
    },
    {
      name: 'validation on through a parameter default (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Validate:
            Type: String
            Default: 'true'
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              EnableLogFileValidation: !Ref Validate
              S3BucketName: trail-bucket
      `,
    },
  ],
  invalid: [
    {
      name: 'validation not set',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Trail'], line: 2, column: 3 }],
      output: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
              EnableLogFileValidation: true
      `,
    },
    {
      name: 'validation false',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              EnableLogFileValidation: 'false'
              S3BucketName: trail-bucket
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Trail', 'Properties', 'EnableLogFileValidation'], line: 6, column: 32 }],
      output: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              EnableLogFileValidation: true
              S3BucketName: trail-bucket
      `,
    },
  ],
});
