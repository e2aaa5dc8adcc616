import rule from '../../../rules/cloudtrail/cloudtrail-trail-not-multi-region';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'multi-region trail',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              IsMultiRegionTrail: true
              S3BucketName: trail-bucket
      `,
    },
    {
      name: 'multi-region in both Fn::If branches',
      yaml: `
        Conditions:
          IsOrg: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              IsMultiRegionTrail: !If [IsOrg, true, 'true']
              S3BucketName: trail-bucket
      `,
    },
  ],
  invalid: [
    {
      name: 'single-region trail (property missing)',
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
              IsMultiRegionTrail: true
      `,
    },
    {
      name: 'explicitly false in one branch',
      yaml: `
        Conditions:
          IsOrg: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              IsMultiRegionTrail: !If [IsOrg, true, false]
              S3BucketName: trail-bucket
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Trail', 'Properties', 'IsMultiRegionTrail', 'Fn::If', 2], message: 'when condition IsOrg is false' }],
    },
  ],
});
