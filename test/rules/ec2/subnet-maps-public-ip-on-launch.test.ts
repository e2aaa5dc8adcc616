import rule from '../../../rules/ec2/subnet-maps-public-ip-on-launch';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'default (not mapped)',
      yaml: `
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: 10.0.0.0/24
      `,
    },
    {
      name: 'string "false" through a parameter default (a naive truthiness check flags the string)',
      yaml: `
        Parameters:
          MapPublic:
            Type: String
            Default: 'false'
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: 10.0.0.0/24
              MapPublicIpOnLaunch: !Ref MapPublic
      `,
    },
  ],
  invalid: [
    {
      name: 'mapped',
      yaml: `
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: 10.0.0.0/24
              MapPublicIpOnLaunch: true
      `,
      errors: [{ messageId: 'mapPublic', path: ['Resources', 'Subnet', 'Properties', 'MapPublicIpOnLaunch'], line: 7, column: 28 }],
      output: `
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: 10.0.0.0/24
              MapPublicIpOnLaunch: false
      `,
    },
    {
      name: 'mapped in one branch, as the string True',
      yaml: `
        Conditions:
          Public: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Subnet:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: 10.0.0.0/24
              MapPublicIpOnLaunch: !If [Public, 'True', 'false']
      `,
      errors: [{ messageId: 'mapPublic', path: ['Resources', 'Subnet', 'Properties', 'MapPublicIpOnLaunch', 'Fn::If', 1], line: 9, column: 41, message: 'when condition Public is true' }],
    },
  ],
});
