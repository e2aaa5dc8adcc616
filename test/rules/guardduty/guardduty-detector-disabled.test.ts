import rule from '../../../rules/guardduty/guardduty-detector-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'enabled detector',
      yaml: `
        Resources:
          Detector:
            Type: AWS::GuardDuty::Detector
            Properties:
              Enable: true
      `,
    },
    {
      name: 'enable from a parameter default true (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Enabled:
            Type: String
            Default: 'true'
        Resources:
          Detector:
            Type: AWS::GuardDuty::Detector
            Properties:
              Enable: !Ref Enabled
      `,
    },
  ],
  invalid: [
    {
      name: 'disabled detector',
      yaml: `
        Resources:
          Detector:
            Type: AWS::GuardDuty::Detector
            Properties:
              Enable: false
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Detector', 'Properties', 'Enable'], line: 5, column: 15 }],
      output: `
        Resources:
          Detector:
            Type: AWS::GuardDuty::Detector
            Properties:
              Enable: true
      `,
    },
    {
      name: 'disabled outside production, no fix inside the branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Detector:
            Type: AWS::GuardDuty::Detector
            Properties:
              Enable: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Detector', 'Properties', 'Enable', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
