import rule from '../../../rules/ec2/ec2-instance-public-ip-assigned';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'private interface',
      yaml: `
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              NetworkInterfaces:
                - DeviceIndex: '0'
                  SubnetId: !Ref PrivateSubnet
                  AssociatePublicIpAddress: false
      `,
    },
    {
      name: 'public IP from a parameter without default is unknown',
      yaml: `
        Parameters:
          PublicIp:
            Type: String
            AllowedValues: ['true', 'false']
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              NetworkInterfaces:
                - DeviceIndex: '0'
                  SubnetId: !Ref Subnet
                  AssociatePublicIpAddress: !Ref PublicIp
      `,
    },
  ],
  invalid: [
    {
      name: 'public interface',
      yaml: `
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              NetworkInterfaces:
                - DeviceIndex: '0'
                  SubnetId: !Ref PublicSubnet
                  AssociatePublicIpAddress: true
      `,
      errors: [{ messageId: 'publicIp', path: ['Resources', 'Web', 'Properties', 'NetworkInterfaces', 0, 'AssociatePublicIpAddress'], line: 9, column: 37 }],
      output: `
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              NetworkInterfaces:
                - DeviceIndex: '0'
                  SubnetId: !Ref PublicSubnet
                  AssociatePublicIpAddress: false
      `,
    },
    {
      name: 'public in one branch',
      yaml: `
        Conditions:
          Bastion: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              NetworkInterfaces:
                - DeviceIndex: '0'
                  SubnetId: !Ref Subnet
                  AssociatePublicIpAddress: !If [Bastion, 'true', 'false']
      `,
      errors: [{ messageId: 'publicIp', path: ['Resources', 'Web', 'Properties', 'NetworkInterfaces', 0, 'AssociatePublicIpAddress', 'Fn::If', 1], line: 11, column: 51, message: 'when condition Bastion is true' }],
    },
  ],
});
