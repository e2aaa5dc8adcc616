import rule from '../../../rules/account/guardduty-not-enabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { name: 'enabled detector', kind: 'account', yaml: 'Resources:\n  GuardDutyUsEast1:\n    Type: Shieldwall::GuardDuty::RegionStatus\n    Properties:\n      Region: us-east-1\n      Detectors:\n        - Id: abc\n          Status: ENABLED\n' },
    { name: 'detector status unknown: not reported', kind: 'account', yaml: 'Resources:\n  GuardDutyUsEast1:\n    Type: Shieldwall::GuardDuty::RegionStatus\n    Properties:\n      Region: us-east-1\n      Detectors:\n        - Id: abc\n' },
  ],
  invalid: [
    {
      name: 'no detector',
      kind: 'account',
      yaml: 'Resources:\n  GuardDutyEuWest1:\n    Type: Shieldwall::GuardDuty::RegionStatus\n    Properties:\n      Region: eu-west-1\n      Detectors: []\n',
      errors: [{ messageId: 'off', path: ['Resources', 'GuardDutyEuWest1'], line: 2, column: 3, message: 'in eu-west-1' }],
    },
    {
      name: 'suspended detector',
      kind: 'account',
      yaml: 'Resources:\n  GuardDutyEuWest2:\n    Type: Shieldwall::GuardDuty::RegionStatus\n    Properties:\n      Region: eu-west-2\n      Detectors:\n        - Id: abc\n          Status: DISABLED\n',
      errors: [{ messageId: 'off', path: ['Resources', 'GuardDutyEuWest2'], line: 2, column: 3 }],
    },
  ],
});
