import rule from '../../../rules/s3/s3-bucket-versioning-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'versioned bucket',
      yaml: `
        Resources:
          Docs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
      `,
    },
    {
      name: 'status from a parameter default Enabled (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Versioning:
            Type: String
            Default: Enabled
            AllowedValues: [Enabled, Suspended]
        Resources:
          Docs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: !Ref Versioning
      `,
    },
  ],
  invalid: [
    {
      name: 'no versioning',
      yaml: `
        Resources:
          Docs:
            Type: AWS::S3::Bucket
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Docs'], line: 2, column: 3 }],
      output: `
        Resources:
          Docs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
      `,
    },
    {
      name: 'versioning suspended',
      yaml: `
        Resources:
          Docs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Suspended
      `,
      errors: [{ messageId: 'suspended', path: ['Resources', 'Docs', 'Properties', 'VersioningConfiguration', 'Status'], line: 6, column: 17 }],
      output: `
        Resources:
          Docs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: Enabled
      `,
    },
    {
      name: 'suspended outside production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Docs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: !If [IsProd, Enabled, Suspended]
      `,
      errors: [{ messageId: 'suspended', path: ['Resources', 'Docs', 'Properties', 'VersioningConfiguration', 'Status', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
