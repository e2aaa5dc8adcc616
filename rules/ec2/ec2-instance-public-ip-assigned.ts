import { defineRule, helpers } from '../api';
import { fixable } from '../lib/network';

/**
 * ## What it does
 * Flags an `AWS::EC2::Instance` whose network interface sets `AssociatePublicIpAddress: true`,
 * giving the instance a public IPv4 address.
 *
 * ## Why it matters
 * An instance with a public address is one security group rule away from being reachable from the
 * whole internet, and it can reach the internet without passing a NAT gateway or egress firewall.
 * Put instances in private subnets and publish services through a load balancer; reach them with
 * Systems Manager Session Manager instead of SSH.
 *
 * ## Example
 * ```yaml
 * Web:
 *   Type: AWS::EC2::Instance
 *   Properties:
 *     ImageId: !Ref AmiId
 *     NetworkInterfaces:
 *       - DeviceIndex: '0'
 *         SubnetId: !Ref PublicSubnet
 *         AssociatePublicIpAddress: true
 * ```
 *
 * ## Use instead
 * ```yaml
 *     NetworkInterfaces:
 *       - DeviceIndex: '0'
 *         SubnetId: !Ref PrivateSubnet
 *         AssociatePublicIpAddress: false
 * ```
 *
 * ## Fix safety
 * Unsafe: the instance is replaced and loses its public address; anything that reached it directly
 * (DNS records, SSH, clients) stops working.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-9
 */
export default defineRule({
  meta: {
    id: 'SW5303',
    name: 'ec2-instance-public-ip-assigned',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'medium',
    description: 'EC2 instance is given a public IPv4 address',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      publicIp: 'EC2 instance {{instance}} sets AssociatePublicIpAddress: it gets a public IP address reachable from the internet',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-instance-addressing.html#concepts-public-addresses'],
    equivalents: { checkov: ['CKV_AWS_88'], securityHub: ['EC2.9'], guard: ['EC2_INSTANCE_NO_PUBLIC_IP'] },
    cdk: 'vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, associatePublicIpAddress: false',
  },
  resource: {
    types: ['AWS::EC2::Instance'],
    check(ctx) {
      for (const v of ctx.prop('NetworkInterfaces.*.AssociatePublicIpAddress')) {
        if (v.missing || ctx.bool(v) !== 'true') continue;
        ctx.report({ at: v, messageId: 'publicIp', data: { instance: ctx.resource.logicalId }, fixes: fixable(v) ? helpers.fix('Set AssociatePublicIpAddress: false (replaces the instance)', 'unsafe', helpers.setAt(ctx, v, 'AssociatePublicIpAddress', false)) : undefined });
      }
    },
  },
});
