import rule from '../../../rules/ec2/default-security-group-has-rules';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'rule on a dedicated group',
      yaml: `
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          AppSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: app
              VpcId: !Ref Vpc
          AppIngress:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !GetAtt AppSg.GroupId
              IpProtocol: tcp
              FromPort: 443
              ToPort: 443
              CidrIp: 10.0.0.0/8
      `,
    },
    {
      name: 'other VPC attributes are not the default group (a naive match on GetAtt Vpc flags them)',
      yaml: `
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          Eni:
            Type: AWS::EC2::NetworkInterface
            Properties:
              SubnetId: !Ref Subnet
              GroupSet: [!Ref AppSg, !GetAtt [Vpc, DefaultNetworkAcl]]
      `,
    },
  ],
  invalid: [
    {
      name: 'ingress on the default group',
      yaml: `
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          OpenDefault:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !GetAtt Vpc.DefaultSecurityGroup
              IpProtocol: tcp
              FromPort: 443
              ToPort: 443
              CidrIp: 10.0.0.0/8
      `,
      errors: [{ messageId: 'rule', path: ['Resources', 'OpenDefault', 'Properties', 'GroupId'], line: 9, column: 16, message: 'default security group of Vpc' }],
    },
    {
      name: 'instance attached to the default group in one branch, egress in long form',
      yaml: `
        Conditions:
          Quick: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              SecurityGroupIds: !If [Quick, [!GetAtt Vpc.DefaultSecurityGroup], [!Ref AppSg]]
          DefaultEgress:
            Type: AWS::EC2::SecurityGroupEgress
            Properties:
              GroupId: {"Fn::GetAtt": [Vpc, DefaultSecurityGroup]}
              IpProtocol: '-1'
              CidrIp: 0.0.0.0/0
      `,
      errors: [
        { messageId: 'attached', path: ['Resources', 'Web', 'Properties', 'SecurityGroupIds', 'Fn::If', 1, 0], line: 12, column: 38, message: 'when condition Quick is true' },
        { messageId: 'rule', path: ['Resources', 'DefaultEgress', 'Properties', 'GroupId'], line: 16, column: 16 },
      ],
    },
  ],
});
