import rule from '../../../rules/ec2/ec2-instance-block-device-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted root volume and an instance-store mapping',
      yaml: `
        Resources:
          Server:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-0123456789abcdef0
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 50
                    Encrypted: true
                - DeviceName: /dev/sdb
                  VirtualName: ephemeral0
                - DeviceName: /dev/sdc
                  NoDevice: {}
      `,
    },
    {
      name: 'volume from a snapshot inherits its encryption (a naive rule flags it)',
      yaml: `
        Resources:
          Server:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-0123456789abcdef0
              BlockDeviceMappings:
                - DeviceName: /dev/sdf
                  Ebs:
                    SnapshotId: snap-0123456789abcdef0
      `,
    },
    {
      name: 'Encrypted through a parameter default of true',
      yaml: `
        Parameters:
          Encrypt:
            Type: String
            Default: 'true'
        Resources:
          Server:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-0123456789abcdef0
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    Encrypted: !Ref Encrypt
      `,
    },
  ],
  invalid: [
    {
      name: 'root volume resized without encryption',
      yaml: `
        Resources:
          Server:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-0123456789abcdef0
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 50
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Server', 'Properties', 'BlockDeviceMappings', 0, 'Ebs'], line: 8, column: 11, message: '/dev/xvda' }],
      output: `
        Resources:
          Server:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-0123456789abcdef0
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    VolumeSize: 50
                    Encrypted: true
      `,
    },
    {
      name: 'mapping inside Fn::If with Encrypted false names the condition',
      yaml: `
        Conditions:
          Big: !Equals [!Ref AWS::StackName, big]
        Resources:
          Server:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-0123456789abcdef0
              BlockDeviceMappings:
                - !If
                  - Big
                  - DeviceName: /dev/sdf
                    Ebs:
                      VolumeSize: 500
                      Encrypted: false
                  - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Server', 'Properties', 'BlockDeviceMappings', 0, 'Fn::If', 1, 'Ebs', 'Encrypted'], line: 14, column: 26, message: 'when condition Big is true' }],
    },
  ],
});
