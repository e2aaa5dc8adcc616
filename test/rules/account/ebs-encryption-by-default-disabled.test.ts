import rule from '../../../rules/account/ebs-encryption-by-default-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [{ name: 'enabled', kind: 'account', yaml: 'Resources:\n  EbsDefaultEncryptionEuWest1:\n    Type: Shieldwall::EC2::EbsEncryptionByDefault\n    Properties:\n      Region: eu-west-1\n      Enabled: true\n' }],
  invalid: [
    {
      name: 'disabled',
      kind: 'account',
      yaml: 'Resources:\n  EbsDefaultEncryptionUsEast1:\n    Type: Shieldwall::EC2::EbsEncryptionByDefault\n    Properties:\n      Region: us-east-1\n      Enabled: false\n',
      errors: [{ messageId: 'off', path: ['Resources', 'EbsDefaultEncryptionUsEast1', 'Properties', 'Enabled'], line: 6, column: 16, message: 'off in us-east-1' }],
    },
  ],
});
