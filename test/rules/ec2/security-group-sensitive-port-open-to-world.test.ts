import rule from '../../../rules/ec2/security-group-sensitive-port-open-to-world';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'HTTPS and HTTP to the world are legitimate (a naive rule flags any 0.0.0.0/0)',
      yaml: `
        Resources:
          LbSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: public load balancer
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIpv6: "::/0"}
      `,
    },
    {
      name: 'SSH from a private range, and from a parameter with a private Default',
      yaml: `
        Parameters:
          AdminCidr:
            Type: String
            Default: 10.20.0.0/16
        Resources:
          Bastion:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: bastion
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8}
                - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref AdminCidr}
      `,
    },
    {
      name: 'CIDR from a parameter without Default is unknown; ICMP is not a port',
      yaml: `
        Parameters:
          Cidr:
            Type: String
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: x
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: !Ref Cidr}
                - {IpProtocol: icmp, FromPort: -1, ToPort: -1, CidrIp: 0.0.0.0/0}
      `,
    },
  ],
  invalid: [
    {
      name: 'SSH open to the world, inline',
      yaml: `
        Resources:
          Bastion:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: bastion
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: 0.0.0.0/0
      `,
      errors: [{ messageId: 'ports', path: ['Resources', 'Bastion', 'Properties', 'SecurityGroupIngress', 0, 'CidrIp'], line: 10, column: 19, message: 'SSH (22)' }],
      output: `
        Parameters:
          AllowedIngressCidr:
            Type: String
            Description: CIDR range allowed to connect
            AllowedPattern: "^(\\\\d{1,3}\\\\.){3}\\\\d{1,3}/\\\\d{1,2}$|^[0-9a-fA-F:]+/\\\\d{1,3}$"

        Resources:
          Bastion:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: bastion
              SecurityGroupIngress:
                - IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                  CidrIp: {Ref: AllowedIngressCidr}
      `,
    },
    {
      name: 'standalone ingress by GetAtt GroupId, IPv6, a port range containing database ports',
      yaml: `
        Resources:
          DbSg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: db
          DbIngress:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !GetAtt DbSg.GroupId
              IpProtocol: tcp
              FromPort: 3300
              ToPort: 3310
              CidrIpv6: ::/0
      `,
      errors: [{ messageId: 'ports', path: ['Resources', 'DbIngress', 'Properties', 'CidrIpv6'], line: 13, column: 17, message: 'Security group DbSg (via DbIngress) allows ::/0 to reach ports 3300-3310, including MySQL (3306)' }],
    },
    {
      name: 'all protocols through a parameter Default, and by Ref to the group',
      yaml: `
        Parameters:
          Open:
            Type: String
            Default: 0.0.0.0/0
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: x
          Everything:
            Type: AWS::EC2::SecurityGroupIngress
            Properties:
              GroupId: !Ref Sg
              IpProtocol: "-1"
              CidrIp: !Ref Open
      `,
      errors: [{ messageId: 'all', path: ['Resources', 'Everything', 'Properties', 'CidrIp'], line: 15, column: 15, message: 'from the Default of parameter Open' }],
    },
    {
      name: 'a world-open rule only when a condition holds',
      yaml: `
        Conditions:
          Debug: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: x
              SecurityGroupIngress:
                - !If
                  - Debug
                  - {IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0}
                  - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'ports', path: ['Resources', 'Sg', 'Properties', 'SecurityGroupIngress', 0, 'Fn::If', 1, 'CidrIp'], line: 11, column: 69, message: 'RDP (3389)' }],
    },
  ],
});
