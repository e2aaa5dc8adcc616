import rule from '../../../rules/ec2/network-acl-entry-world-open-admin-ports';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'HTTPS and ephemeral ports from the internet are normal for a public subnet',
      yaml: `
        Resources:
          InboundHttps:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: 6
              RuleAction: allow
              CidrBlock: 0.0.0.0/0
              PortRange: {From: 443, To: 443}
          InboundEphemeral:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 110
              Protocol: 6
              RuleAction: allow
              CidrBlock: 0.0.0.0/0
              PortRange: {From: 32768, To: 65535}
      `,
    },
    {
      name: 'deny rules and egress rules are not exposure (a naive rule flags any world CIDR)',
      yaml: `
        Resources:
          DenySsh:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 90
              Protocol: 6
              RuleAction: deny
              CidrBlock: 0.0.0.0/0
              PortRange: {From: 22, To: 22}
          OutboundAll:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: -1
              RuleAction: allow
              Egress: true
              CidrBlock: 0.0.0.0/0
      `,
    },
    {
      name: 'source CIDR from a parameter without default is unknown',
      yaml: `
        Parameters:
          AdminCidr:
            Type: String
        Resources:
          InboundSsh:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: 6
              RuleAction: allow
              CidrBlock: !Ref AdminCidr
              PortRange: {From: 22, To: 22}
      `,
    },
  ],
  invalid: [
    {
      name: 'SSH from the internet',
      yaml: `
        Resources:
          InboundSsh:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: 6
              RuleAction: allow
              CidrBlock: 0.0.0.0/0
              PortRange:
                From: 22
                To: 22
      `,
      errors: [{ messageId: 'ports', path: ['Resources', 'InboundSsh', 'Properties', 'CidrBlock'], line: 9, column: 18, message: 'SSH (22)' }],
    },
    {
      name: 'all traffic from IPv6 anywhere, CIDR through a parameter default',
      yaml: `
        Parameters:
          Source:
            Type: String
            Default: ::/0
        Resources:
          InboundAll:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: '-1'
              RuleAction: allow
              Egress: false
              Ipv6CidrBlock: !Ref Source
      `,
      errors: [{ messageId: 'all', path: ['Resources', 'InboundAll', 'Properties', 'Ipv6CidrBlock'], line: 14, column: 22, message: 'all protocols' }],
    },
    {
      name: 'range that contains RDP',
      yaml: `
        Resources:
          InboundRange:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: 6
              RuleAction: allow
              CidrBlock: 0.0.0.0/0
              PortRange: {From: 3000, To: 4000}
      `,
      errors: [{ messageId: 'ports', path: ['Resources', 'InboundRange', 'Properties', 'CidrBlock'], line: 9, column: 18, message: 'ports 3000-4000, including MySQL (3306), RDP (3389)' }],
    },
  ],
});
