import rule from '../../../rules/account/iam-access-key-stale';
import { ruleTester } from '../rule-tester';

const user = (rotated: string, active = 'true', generated = '"2026-11-01T00:00:00Z"') =>
  `Resources:\n  CredentialsCi:\n    Type: Shieldwall::IAM::CredentialReportUser\n    Properties:\n      UserName: ci\n      ReportGeneratedAt: ${generated}\n      AccessKeys:\n        - Active: ${active}\n          LastRotated: "${rotated}"\n        - Active: false\n`;

ruleTester(rule, {
  valid: [
    { name: 'recently rotated key', kind: 'account', yaml: user('2026-10-01T00:00:00Z') },
    { name: 'old key that is inactive', kind: 'account', yaml: user('2024-01-01T00:00:00Z', 'false') },
    { name: 'no report date: the wall clock is not used to guess', kind: 'account', yaml: user('2024-01-01T00:00:00Z', 'true', 'null') },
  ],
  invalid: [
    {
      name: 'active key older than 90 days',
      kind: 'account',
      yaml: user('2026-01-01T00:00:00Z'),
      errors: [{ messageId: 'stale', path: ['Resources', 'CredentialsCi', 'Properties', 'AccessKeys', 0, 'LastRotated'], line: 9, column: 24, message: 'rotated 304 days ago' }],
    },
  ],
});
