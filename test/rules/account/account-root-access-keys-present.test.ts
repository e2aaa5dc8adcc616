import rule from '../../../rules/account/account-root-access-keys-present';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [{ name: 'no root keys', kind: 'account', yaml: 'Resources:\n  RootAccount:\n    Type: Shieldwall::Account::Root\n    Properties:\n      MfaEnabled: true\n      AccessKeysPresent: false\n' }],
  invalid: [
    {
      name: 'root keys present',
      kind: 'account',
      yaml: 'Resources:\n  RootAccount:\n    Type: Shieldwall::Account::Root\n    Properties:\n      MfaEnabled: true\n      AccessKeysPresent: true\n',
      errors: [{ messageId: 'keys', path: ['Resources', 'RootAccount', 'Properties', 'AccessKeysPresent'], line: 6, column: 26 }],
    },
  ],
});
