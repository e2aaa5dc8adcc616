import rule from '../../../rules/ec2/ec2-launch-template-block-device-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted gp3 root volume',
      yaml: `
        Resources:
          Nodes:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                BlockDeviceMappings:
                  - DeviceName: /dev/xvda
                    Ebs:
                      VolumeSize: 100
                      VolumeType: gp3
                      Encrypted: true
      `,
    },
    {
      name: 'launch template without block device mappings (AMI defaults) is not reported',
      yaml: `
        Resources:
          Nodes:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                InstanceType: t3.micro
                ImageId: !Ref Ami
        Parameters:
          Ami:
            Type: AWS::EC2::Image::Id
      `,
    },
  ],
  invalid: [
    {
      name: 'EBS mapping without Encrypted',
      yaml: `
        Resources:
          Nodes:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                BlockDeviceMappings:
                  - DeviceName: /dev/xvda
                    Ebs:
                      VolumeSize: 100
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Nodes', 'Properties', 'LaunchTemplateData', 'BlockDeviceMappings', 0, 'Ebs'], line: 8, column: 13 }],
      output: `
        Resources:
          Nodes:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                BlockDeviceMappings:
                  - DeviceName: /dev/xvda
                    Ebs:
                      VolumeSize: 100
                      Encrypted: true
      `,
    },
    {
      name: 'Encrypted false via a parameter default: reported without a fix',
      yaml: `
        Parameters:
          Encrypt:
            Type: String
            Default: 'false'
        Resources:
          Nodes:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                BlockDeviceMappings:
                  - DeviceName: /dev/xvdb
                    Ebs:
                      Encrypted: !Ref Encrypt
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Nodes', 'Properties', 'LaunchTemplateData', 'BlockDeviceMappings', 0, 'Ebs', 'Encrypted'], line: 13, column: 26, message: 'from the Default of parameter Encrypt' }],
    },
  ],
});
