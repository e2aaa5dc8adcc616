import rule from '../../../rules/config/config-recorder-not-recording-all';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'records everything',
      yaml: `
        Resources:
          Recorder:
            Type: AWS::Config::ConfigurationRecorder
            Properties:
              RoleARN: arn:aws:iam::111122223333:role/config
              RecordingGroup:
                AllSupported: true
                IncludeGlobalResourceTypes: true
      `,
    },
    {
      name: 'no recording group records all supported types (a naive rule flags the missing block)',
      yaml: `
        Resources:
          Recorder:
            Type: AWS::Config::ConfigurationRecorder
            Properties:
              RoleARN: arn:aws:iam::111122223333:role/config
      `,
    },
  ],
  invalid: [
    {
      name: 'only some types',
      yaml: `
        Resources:
          Recorder:
            Type: AWS::Config::ConfigurationRecorder
            Properties:
              RoleARN: arn:aws:iam::111122223333:role/config
              RecordingGroup:
                AllSupported: false
                ResourceTypes: [AWS::EC2::Instance]
      `,
      errors: [{ messageId: 'partial', path: ['Resources', 'Recorder', 'Properties', 'RecordingGroup', 'AllSupported'], line: 7, column: 23 }],
    },
    {
      name: 'exclusion strategy from a parameter default',
      yaml: `
        Parameters:
          Strategy:
            Type: String
            Default: EXCLUSION_BY_RESOURCE_TYPES
        Resources:
          Recorder:
            Type: AWS::Config::ConfigurationRecorder
            Properties:
              RoleARN: arn:aws:iam::111122223333:role/config
              RecordingGroup:
                AllSupported: false
                ExclusionByResourceTypes:
                  ResourceTypes: [AWS::EC2::NetworkInterface]
                RecordingStrategy:
                  UseOnly: !Ref Strategy
      `,
      errors: [
        { messageId: 'partial', path: ['Resources', 'Recorder', 'Properties', 'RecordingGroup', 'AllSupported'], line: 11, column: 23 },
        { messageId: 'partial', path: ['Resources', 'Recorder', 'Properties', 'RecordingGroup', 'RecordingStrategy', 'UseOnly'], line: 15, column: 20, message: 'from the Default of parameter Strategy' },
      ],
    },
  ],
});
