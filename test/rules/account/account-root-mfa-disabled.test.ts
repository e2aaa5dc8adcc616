import rule from '../../../rules/account/account-root-mfa-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'root with MFA', kind: 'account', yaml: 'Resources:\n  RootAccount:\n    Type: Shieldwall::Account::Root\n    Properties:\n      MfaEnabled: true\n      AccessKeysPresent: false\n' },
    { name: 'MFA state not read (gap): not guessed', kind: 'account', yaml: 'Resources:\n  RootAccount:\n    Type: Shieldwall::Account::Root\n    Properties:\n      AccessKeysPresent: false\n' },
  ],
  invalid: [
    {
      name: 'root without MFA',
      kind: 'account',
      yaml: 'Resources:\n  RootAccount:\n    Type: Shieldwall::Account::Root\n    Properties:\n      MfaEnabled: false\n',
      errors: [{ messageId: 'noMfa', path: ['Resources', 'RootAccount', 'Properties', 'MfaEnabled'], line: 5, column: 19 }],
    },
  ],
});
