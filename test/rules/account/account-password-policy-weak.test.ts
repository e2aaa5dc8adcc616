import rule from '../../../rules/account/account-password-policy-weak';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'strong policy', kind: 'account', yaml: 'Resources:\n  PasswordPolicy:\n    Type: Shieldwall::IAM::PasswordPolicy\n    Properties:\n      Configured: true\n      MinimumPasswordLength: 16\n      PasswordReusePrevention: 24\n' },
    {
      name: 'a lower minimum set through rule options',
      kind: 'account',
      settings: { rules: { 'account-password-policy-weak': { options: { minLength: 12, minReusePrevention: 5 } } } },
      yaml: 'Resources:\n  PasswordPolicy:\n    Type: Shieldwall::IAM::PasswordPolicy\n    Properties:\n      Configured: true\n      MinimumPasswordLength: 12\n      PasswordReusePrevention: 5\n',
    },
  ],
  invalid: [
    {
      name: 'no policy at all',
      kind: 'account',
      yaml: 'Resources:\n  PasswordPolicy:\n    Type: Shieldwall::IAM::PasswordPolicy\n    Properties:\n      Configured: false\n',
      errors: [{ messageId: 'missing', path: ['Resources', 'PasswordPolicy', 'Properties', 'Configured'], line: 5, column: 19 }],
    },
    {
      name: 'short passwords and no reuse prevention',
      kind: 'account',
      yaml: 'Resources:\n  PasswordPolicy:\n    Type: Shieldwall::IAM::PasswordPolicy\n    Properties:\n      Configured: true\n      MinimumPasswordLength: 8\n',
      errors: [
        { messageId: 'short', path: ['Resources', 'PasswordPolicy', 'Properties', 'MinimumPasswordLength'], line: 6, column: 30, message: 'passwords of 8 characters' },
        { messageId: 'reuse', path: ['Resources', 'PasswordPolicy'], line: 2, column: 3 },
      ],
    },
  ],
});
