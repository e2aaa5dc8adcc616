import rule from '../../../rules/account/iam-user-console-without-mfa';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'console user with MFA', kind: 'account', yaml: 'Resources:\n  CredentialsAlice:\n    Type: Shieldwall::IAM::CredentialReportUser\n    Properties:\n      UserName: alice\n      PasswordEnabled: true\n      MfaActive: true\n' },
    { name: 'API-only user without a password (a naive rule flags missing MFA)', kind: 'account', yaml: 'Resources:\n  CredentialsCi:\n    Type: Shieldwall::IAM::CredentialReportUser\n    Properties:\n      UserName: ci\n      PasswordEnabled: false\n      MfaActive: false\n' },
  ],
  invalid: [
    {
      name: 'console password, no MFA',
      kind: 'account',
      yaml: 'Resources:\n  CredentialsBob:\n    Type: Shieldwall::IAM::CredentialReportUser\n    Properties:\n      UserName: bob\n      PasswordEnabled: true\n      MfaActive: false\n',
      errors: [{ messageId: 'noMfa', path: ['Resources', 'CredentialsBob', 'Properties', 'MfaActive'], line: 7, column: 18, message: 'IAM user bob' }],
    },
  ],
});
