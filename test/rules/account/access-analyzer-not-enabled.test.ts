import rule from '../../../rules/account/access-analyzer-not-enabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [{ name: 'active analyzer', kind: 'account', yaml: 'Resources:\n  AccessAnalyzerUsEast1:\n    Type: Shieldwall::AccessAnalyzer::RegionStatus\n    Properties:\n      Region: us-east-1\n      Analyzers:\n        - Name: a\n          Type: ACCOUNT\n          Status: ACTIVE\n' }],
  invalid: [
    {
      name: 'no analyzer',
      kind: 'account',
      yaml: 'Resources:\n  AccessAnalyzerEuWest1:\n    Type: Shieldwall::AccessAnalyzer::RegionStatus\n    Properties:\n      Region: eu-west-1\n      Analyzers: []\n',
      errors: [{ messageId: 'off', path: ['Resources', 'AccessAnalyzerEuWest1'], line: 2, column: 3, message: 'in eu-west-1' }],
    },
  ],
});
