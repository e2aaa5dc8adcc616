import { type Node, defineRule, isMap, isSeq, str } from '../api';

/**
 * ## What it does
 * Flags `AWS::EC2::SecurityGroupIngress` and `AWS::EC2::SecurityGroupEgress` resources that add
 * rules to a VPC's default security group (`GroupId: !GetAtt Vpc.DefaultSecurityGroup`), and
 * instances, launch templates and network interfaces that attach the default group
 * (`SecurityGroupIds: [!GetAtt Vpc.DefaultSecurityGroup]`).
 *
 * ## Why it matters
 * Every resource launched without an explicit security group lands in the default group, so rules
 * added to it silently apply to whatever is created in the VPC later. AWS and CIS recommend that
 * the default group allow nothing and stay unused; give each workload its own group.
 *
 * ## Example
 * ```yaml
 * OpenDefault:
 *   Type: AWS::EC2::SecurityGroupIngress
 *   Properties:
 *     GroupId: !GetAtt Vpc.DefaultSecurityGroup
 *     IpProtocol: tcp
 *     FromPort: 443
 *     ToPort: 443
 *     CidrIp: 10.0.0.0/8
 * ```
 *
 * ## Use instead
 * ```yaml
 * AppSg:
 *   Type: AWS::EC2::SecurityGroup
 *   Properties:
 *     GroupDescription: app
 *     VpcId: !Ref Vpc
 *     SecurityGroupIngress:
 *       - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8 }
 * ```
 *
 * ## Fix safety
 * No automatic fix: the rules and attachments have to move to a dedicated security group.
 *
 * ## References
 * - https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-2
 */
export default defineRule({
  meta: {
    id: 'SW5308',
    name: 'default-security-group-has-rules',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'medium',
    description: 'Rules are added to, or resources attached to, a VPC default security group',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      rule: '{{resource}} adds a rule to the default security group of {{vpc}}: keep the default group empty',
      attached: '{{resource}} uses the default security group of {{vpc}}: use a dedicated security group',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html'],
    equivalents: { checkov: ['CKV2_AWS_12'], securityHub: ['EC2.2'], guard: ['VPC_DEFAULT_SECURITY_GROUP_CLOSED'], cis: ['5.4'] },
  },
  resource: {
    types: ['AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress', 'AWS::EC2::Instance', 'AWS::EC2::NetworkInterface', 'AWS::EC2::LaunchTemplate'],
    check(ctx) {
      const resource = ctx.resource.logicalId;
      const type = ctx.resource.type;
      if (type === 'AWS::EC2::SecurityGroupIngress' || type === 'AWS::EC2::SecurityGroupEgress') {
        for (const v of ctx.prop('GroupId')) {
          const vpc = defaultGroupOf(v.node);
          if (vpc) ctx.report({ at: v, messageId: 'rule', data: { resource, vpc } });
        }
        return;
      }
      const paths =
        type === 'AWS::EC2::LaunchTemplate'
          ? ['LaunchTemplateData.SecurityGroupIds.*', 'LaunchTemplateData.NetworkInterfaces.*.Groups.*']
          : type === 'AWS::EC2::NetworkInterface'
            ? ['GroupSet.*']
            : ['SecurityGroupIds.*', 'NetworkInterfaces.*.GroupSet.*'];
      for (const path of paths) {
        for (const v of ctx.prop(path)) {
          const vpc = defaultGroupOf(v.node);
          if (vpc) ctx.report({ at: v, messageId: 'attached', data: { resource, vpc } });
        }
      }
    },
  },
});

/** The VPC logical id when a node is `Fn::GetAtt [Vpc, DefaultSecurityGroup]` (either form). */
function defaultGroupOf(node: Node | undefined): string | undefined {
  if (!isMap(node) || node.intrinsic !== 'Fn::GetAtt') return undefined;
  const arg = node.entries[0]?.value;
  const [target, attr] = isSeq(arg) ? [str(arg.items[0]), str(arg.items[1])] : (str(arg)?.split('.') ?? []);
  return attr === 'DefaultSecurityGroup' ? target : undefined;
}
