import rule from '../../../rules/dlm/dlm-cross-region-copy-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted cross-Region copy',
      yaml: `
        Resources:
          Snapshots:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              PolicyDetails:
                Schedules:
                  - Name: daily
                    CrossRegionCopyRules:
                      - TargetRegion: eu-central-1
                        Encrypted: true
      `,
    },
    {
      name: 'policy without copy actions (a naive rule flags the missing setting)',
      yaml: `
        Resources:
          Snapshots:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              Description: daily snapshots
              State: ENABLED
              PolicyDetails:
                ResourceTypes: [VOLUME]
      `,
    },
    {
      name: 'Encrypted from a parameter without default is unknown',
      yaml: `
        Parameters:
          Encrypt:
            Type: String
        Resources:
          Snapshots:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              PolicyDetails:
                Schedules:
                  - Name: daily
                    CrossRegionCopyRules:
                      - TargetRegion: eu-central-1
                        Encrypted: !Ref Encrypt
      `,
    },
  ],
  invalid: [
    {
      name: 'schedule copy rule with Encrypted false',
      yaml: `
        Resources:
          Snapshots:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              PolicyDetails:
                Schedules:
                  - Name: daily
                    CrossRegionCopyRules:
                      - TargetRegion: eu-central-1
                        Encrypted: false
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Snapshots', 'Properties', 'PolicyDetails', 'Schedules', 0, 'CrossRegionCopyRules', 0, 'Encrypted'], line: 10, column: 28 }],
      output: `
        Resources:
          Snapshots:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              PolicyDetails:
                Schedules:
                  - Name: daily
                    CrossRegionCopyRules:
                      - TargetRegion: eu-central-1
                        Encrypted: true
      `,
    },
    {
      name: 'event-based copy action with Encrypted False',
      yaml: `
        Resources:
          Snapshots:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              PolicyDetails:
                Actions:
                  - Name: copy
                    CrossRegionCopy:
                      - Target: us-east-1
                        EncryptionConfiguration:
                          Encrypted: False
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Snapshots', 'Properties', 'PolicyDetails', 'Actions', 0, 'CrossRegionCopy', 0, 'EncryptionConfiguration', 'Encrypted'], line: 11, column: 30 }],
    },
  ],
});
