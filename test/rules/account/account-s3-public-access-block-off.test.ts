import rule from '../../../rules/account/account-s3-public-access-block-off';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'all four on',
      kind: 'account',
      yaml: 'Resources:\n  S3AccountPublicAccessBlock:\n    Type: Shieldwall::S3::AccountPublicAccessBlock\n    Properties:\n      Configured: true\n      BlockPublicAcls: true\n      IgnorePublicAcls: true\n      BlockPublicPolicy: true\n      RestrictPublicBuckets: true\n',
    },
  ],
  invalid: [
    {
      name: 'not configured',
      kind: 'account',
      yaml: 'Resources:\n  S3AccountPublicAccessBlock:\n    Type: Shieldwall::S3::AccountPublicAccessBlock\n    Properties:\n      Configured: false\n',
      errors: [{ messageId: 'missing', path: ['Resources', 'S3AccountPublicAccessBlock', 'Properties', 'Configured'], line: 5, column: 19 }],
    },
    {
      name: 'one flag off',
      kind: 'account',
      yaml: 'Resources:\n  S3AccountPublicAccessBlock:\n    Type: Shieldwall::S3::AccountPublicAccessBlock\n    Properties:\n      Configured: true\n      BlockPublicAcls: true\n      IgnorePublicAcls: true\n      BlockPublicPolicy: false\n      RestrictPublicBuckets: true\n',
      errors: [{ messageId: 'flagOff', path: ['Resources', 'S3AccountPublicAccessBlock', 'Properties', 'BlockPublicPolicy'], line: 8, column: 26, message: 'BlockPublicPolicy off' }],
    },
  ],
});
