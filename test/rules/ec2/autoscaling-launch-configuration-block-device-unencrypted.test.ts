import rule from '../../../rules/ec2/autoscaling-launch-configuration-block-device-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted EBS mapping',
      yaml: `
        Resources:
          WebConfig:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-0123456789abcdef0
              InstanceType: t3.small
              BlockDeviceMappings:
                - DeviceName: /dev/sdf
                  Ebs:
                    VolumeSize: 20
                    Encrypted: 'true'
      `,
    },
    {
      name: 'instance store only (no EBS to encrypt; a naive rule flags it)',
      yaml: `
        Resources:
          WebConfig:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-0123456789abcdef0
              InstanceType: m5d.large
              BlockDeviceMappings:
                - DeviceName: /dev/sdb
                  VirtualName: ephemeral0
      `,
    },
  ],
  invalid: [
    {
      name: 'EBS mapping without Encrypted',
      yaml: `
        Resources:
          WebConfig:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-0123456789abcdef0
              InstanceType: t3.small
              BlockDeviceMappings:
                - DeviceName: /dev/sdf
                  Ebs:
                    VolumeSize: 20
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'WebConfig', 'Properties', 'BlockDeviceMappings', 0, 'Ebs'], line: 9, column: 11 }],
      output: `
        Resources:
          WebConfig:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-0123456789abcdef0
              InstanceType: t3.small
              BlockDeviceMappings:
                - DeviceName: /dev/sdf
                  Ebs:
                    VolumeSize: 20
                    Encrypted: true
      `,
    },
    {
      name: 'Encrypted false in the false branch of Fn::If',
      yaml: `
        Conditions:
          Secure: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          WebConfig:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-0123456789abcdef0
              InstanceType: t3.small
              BlockDeviceMappings:
                - DeviceName: /dev/sdf
                  Ebs:
                    Encrypted: !If [Secure, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'WebConfig', 'Properties', 'BlockDeviceMappings', 0, 'Ebs', 'Encrypted', 'Fn::If', 2], line: 12, column: 43, message: 'when condition Secure is false' }],
    },
  ],
});
