import { defineRule, helpers } from '../api';
import { fixable } from '../lib/network';

/**
 * ## What it does
 * Flags launch templates (`AWS::EC2::LaunchTemplate`, in `LaunchTemplateData.NetworkInterfaces`) and
 * Auto Scaling launch configurations (`AWS::AutoScaling::LaunchConfiguration`) that set
 * `AssociatePublicIpAddress: true`, so every instance they launch gets a public IPv4 address.
 *
 * ## Why it matters
 * Every instance of the fleet is then directly addressable from the internet and reaches it without
 * a NAT gateway or egress filtering; one loose security group rule exposes all of them. Auto Scaling
 * groups normally belong in private subnets behind a load balancer.
 *
 * ## Example
 * ```yaml
 * Template:
 *   Type: AWS::EC2::LaunchTemplate
 *   Properties:
 *     LaunchTemplateData:
 *       NetworkInterfaces:
 *         - DeviceIndex: 0
 *           AssociatePublicIpAddress: true
 * ```
 *
 * ## Use instead
 * ```yaml
 *       NetworkInterfaces:
 *         - DeviceIndex: 0
 *           AssociatePublicIpAddress: false
 * ```
 *
 * ## Fix safety
 * Unsafe: instances launched afterwards have no public address; in a subnet without a NAT gateway
 * they lose internet access (package installs, bootstrap scripts).
 *
 * ## References
 * - https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html#as-vpc-ipaddress
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-5
 */
export default defineRule({
  meta: {
    id: 'SW5304',
    name: 'launch-template-public-ip-assigned',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'medium',
    description: 'Launch template or launch configuration gives instances a public IPv4 address',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      publicIp: '{{kind}} {{name}} sets AssociatePublicIpAddress: every instance it launches gets a public IP address',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html#as-vpc-ipaddress'],
    equivalents: { securityHub: ['AutoScaling.5', 'EC2.25'], guard: ['AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED'], trivy: ['AVD-AWS-0009'] },
    cdk: 'associatePublicIpAddress: false',
  },
  resource: {
    types: ['AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration'],
    check(ctx) {
      const lt = ctx.resource.type === 'AWS::EC2::LaunchTemplate';
      const variants = lt ? ctx.prop('LaunchTemplateData.NetworkInterfaces.*.AssociatePublicIpAddress') : ctx.prop('AssociatePublicIpAddress');
      for (const v of variants) {
        if (v.missing || ctx.bool(v) !== 'true') continue;
        ctx.report({
          at: v,
          messageId: 'publicIp',
          data: { kind: lt ? 'Launch template' : 'Launch configuration', name: ctx.resource.logicalId },
          fixes: fixable(v) ? helpers.fix('Set AssociatePublicIpAddress: false', 'unsafe', helpers.setAt(ctx, v, 'AssociatePublicIpAddress', false)) : undefined,
        });
      }
    },
  },
});
