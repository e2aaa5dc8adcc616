import rule from '../../../rules/account/config-recorder-not-enabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [{ name: 'recording', kind: 'account', yaml: 'Resources:\n  ConfigUsEast1:\n    Type: Shieldwall::Config::RegionStatus\n    Properties:\n      Region: us-east-1\n      Recorders:\n        - Name: default\n          Recording: true\n' }],
  invalid: [
    {
      name: 'recorder stopped',
      kind: 'account',
      yaml: 'Resources:\n  ConfigEuWest1:\n    Type: Shieldwall::Config::RegionStatus\n    Properties:\n      Region: eu-west-1\n      Recorders:\n        - Name: default\n          Recording: false\n',
      errors: [{ messageId: 'off', path: ['Resources', 'ConfigEuWest1'], line: 2, column: 3, message: 'in eu-west-1' }],
    },
    {
      name: 'no recorder',
      kind: 'account',
      yaml: 'Resources:\n  ConfigEuWest2:\n    Type: Shieldwall::Config::RegionStatus\n    Properties:\n      Region: eu-west-2\n      Recorders: []\n',
      errors: [{ messageId: 'off', path: ['Resources', 'ConfigEuWest2'], line: 2, column: 3 }],
    },
  ],
});
