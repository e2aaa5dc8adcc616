import rule from '../../../rules/ec2/network-acl-entry-allows-all-ports';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'single port from the VPC',
      yaml: `
        Resources:
          Entry:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: 6
              RuleAction: allow
              CidrBlock: 10.0.0.0/16
              PortRange: {From: 5432, To: 5432}
      `,
    },
    {
      name: 'all-traffic egress and deny entries (a naive rule flags Protocol -1 everywhere)',
      yaml: `
        Resources:
          Outbound:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: -1
              RuleAction: allow
              Egress: 'true'
              CidrBlock: 10.0.0.0/8
          DenyAll:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 200
              Protocol: -1
              RuleAction: deny
              CidrBlock: 10.0.0.0/8
      `,
    },
    {
      name: 'ICMP and a port range from a parameter default',
      yaml: `
        Parameters:
          AppPort:
            Type: Number
            Default: 8080
        Resources:
          Icmp:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: 1
              RuleAction: allow
              CidrBlock: 10.0.0.0/16
              Icmp: {Code: -1, Type: -1}
          App:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 110
              Protocol: 6
              RuleAction: allow
              CidrBlock: 10.0.0.0/16
              PortRange: {From: !Ref AppPort, To: !Ref AppPort}
      `,
    },
  ],
  invalid: [
    {
      name: 'all protocols from the VPC',
      yaml: `
        Resources:
          Entry:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: "-1"
              RuleAction: allow
              CidrBlock: 10.0.0.0/16
      `,
      errors: [{ messageId: 'allProtocols', path: ['Resources', 'Entry', 'Properties', 'Protocol'], line: 7, column: 17 }],
    },
    {
      name: 'full port range and a missing port range',
      yaml: `
        Resources:
          Full:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 100
              Protocol: 17
              RuleAction: allow
              CidrBlock: 10.0.0.0/16
              PortRange:
                From: '0'
                To: '65535'
          NoRange:
            Type: AWS::EC2::NetworkAclEntry
            Properties:
              NetworkAclId: !Ref Acl
              RuleNumber: 110
              Protocol: 6
              RuleAction: allow
              CidrBlock: 10.0.0.0/16
      `,
      errors: [
        { messageId: 'allPorts', path: ['Resources', 'Full', 'Properties', 'PortRange'], line: 11, column: 9 },
        { messageId: 'noPortRange', path: ['Resources', 'NoRange', 'Properties', 'Protocol'], line: 18, column: 17 },
      ],
    },
  ],
});
