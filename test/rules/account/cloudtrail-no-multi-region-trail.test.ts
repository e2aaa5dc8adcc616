import rule from '../../../rules/account/cloudtrail-no-multi-region-trail';
import { ruleTester } from '../rule-tester';

const trails = (body: string) => `Resources:\n  CloudTrail:\n    Type: Shieldwall::CloudTrail::AccountTrails\n    Properties:\n      Trails:\n${body}`;

ruleTester(rule, {
  valid: [
    { name: 'an active multi-region trail with validation', kind: 'account', yaml: trails('        - Name: audit\n          IsMultiRegionTrail: true\n          IsLogging: true\n          EnableLogFileValidation: true\n') },
    { name: 'logging status unreadable: not assumed off', kind: 'account', yaml: trails('        - Name: audit\n          IsMultiRegionTrail: true\n          EnableLogFileValidation: true\n') },
  ],
  invalid: [
    {
      name: 'only a single-region trail',
      kind: 'account',
      yaml: trails('        - Name: local\n          IsMultiRegionTrail: false\n          IsLogging: true\n'),
      errors: [{ messageId: 'none', path: ['Resources', 'CloudTrail'], line: 2, column: 3 }],
    },
    {
      name: 'multi-region trail stopped',
      kind: 'account',
      yaml: trails('        - Name: audit\n          IsMultiRegionTrail: true\n          IsLogging: false\n          EnableLogFileValidation: true\n'),
      errors: [{ messageId: 'none', path: ['Resources', 'CloudTrail'], line: 2, column: 3 }],
    },
    {
      name: 'multi-region trail without validation',
      kind: 'account',
      yaml: trails('        - Name: audit\n          IsMultiRegionTrail: true\n          IsLogging: true\n          EnableLogFileValidation: false\n'),
      errors: [{ messageId: 'validation', path: ['Resources', 'CloudTrail', 'Properties', 'Trails', 0, 'EnableLogFileValidation'], line: 9, column: 36, message: 'trail audit' }],
    },
  ],
});
