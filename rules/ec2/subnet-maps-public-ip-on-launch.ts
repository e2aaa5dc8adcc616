import { defineRule, helpers } from '../api';
import { fixable } from '../lib/network';

/**
 * ## What it does
 * Flags an `AWS::EC2::Subnet` with `MapPublicIpOnLaunch: true`, which gives every instance launched
 * into it a public IPv4 address unless the launch says otherwise.
 *
 * ## Why it matters
 * Instances get a public address by accident, not by decision: a database or worker started in the
 * subnet becomes reachable from the internet as soon as a security group rule allows it. Public
 * IPv4 addresses are also billed. Public subnets for load balancers and NAT gateways do not need the
 * setting; give public addresses to the few instances that need them explicitly.
 *
 * ## Example
 * ```yaml
 * PublicSubnet:
 *   Type: AWS::EC2::Subnet
 *   Properties:
 *     VpcId: !Ref Vpc
 *     CidrBlock: 10.0.0.0/24
 *     MapPublicIpOnLaunch: true
 * ```
 *
 * ## Use instead
 * ```yaml
 *     MapPublicIpOnLaunch: false
 * ```
 *
 * ## Fix safety
 * Unsafe: instances launched afterwards without an explicit public address lose direct internet
 * access (existing instances keep theirs).
 *
 * ## References
 * - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-subnet.html
 */
export default defineRule({
  meta: {
    id: 'SW5302',
    name: 'subnet-maps-public-ip-on-launch',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'low',
    description: 'Subnet assigns a public IPv4 address to every instance launched into it',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      mapPublic: 'Subnet {{subnet}} sets MapPublicIpOnLaunch: instances launched into it get a public IP address',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-ip-addressing.html#subnet-public-ip'],
    equivalents: { checkov: ['CKV_AWS_130'], cfnNag: ['W33'], securityHub: ['EC2.15'], guard: ['SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED'] },
    cdk: 'mapPublicIpOnLaunch: false (ec2.SubnetConfiguration)',
  },
  resource: {
    types: ['AWS::EC2::Subnet'],
    check(ctx) {
      for (const v of ctx.prop('MapPublicIpOnLaunch')) {
        if (v.missing || ctx.bool(v) !== 'true') continue;
        ctx.report({ at: v, messageId: 'mapPublic', data: { subnet: ctx.resource.logicalId }, fixes: fixable(v) ? helpers.fix('Set MapPublicIpOnLaunch: false', 'unsafe', helpers.setAt(ctx, v, 'MapPublicIpOnLaunch', false)) : undefined });
      }
    },
  },
});
