import rule from '../../../rules/ec2/launch-template-public-ip-assigned';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'launch template without public IP',
      yaml: `
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                NetworkInterfaces:
                  - DeviceIndex: 0
                    AssociatePublicIpAddress: false
      `,
    },
    {
      name: 'launch configuration with the string "false" from a parameter default',
      yaml: `
        Parameters:
          PublicIp:
            Type: String
            Default: 'false'
        Resources:
          Config:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
              AssociatePublicIpAddress: !Ref PublicIp
      `,
    },
  ],
  invalid: [
    {
      name: 'launch template with public IP',
      yaml: `
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                NetworkInterfaces:
                  - DeviceIndex: 0
                    AssociatePublicIpAddress: true
      `,
      errors: [{ messageId: 'publicIp', path: ['Resources', 'Template', 'Properties', 'LaunchTemplateData', 'NetworkInterfaces', 0, 'AssociatePublicIpAddress'], line: 8, column: 39 }],
      output: `
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                NetworkInterfaces:
                  - DeviceIndex: 0
                    AssociatePublicIpAddress: false
      `,
    },
    {
      name: 'launch configuration with public IP via a parameter default',
      yaml: `
        Parameters:
          PublicIp:
            Type: String
            Default: 'true'
        Resources:
          Config:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
              AssociatePublicIpAddress: !Ref PublicIp
      `,
      errors: [{ messageId: 'publicIp', path: ['Resources', 'Config', 'Properties', 'AssociatePublicIpAddress'], line: 11, column: 33, message: 'Launch configuration Config' }],
    },
  ],
});
