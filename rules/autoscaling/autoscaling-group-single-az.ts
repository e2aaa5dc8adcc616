import { defineRule, isSeq } from '../api';

/**
 * ## What it does
 * Flags an Auto Scaling group whose `VPCZoneIdentifier` lists exactly one subnet, or (without
 * subnets) whose `AvailabilityZones` lists exactly one zone. Lists that are computed (`!Ref` to a
 * `List<AWS::EC2::Subnet::Id>` parameter, `Fn::Split`, imports) are not reported.
 *
 * ## Why it matters
 * A group confined to one Availability Zone goes down with that zone, and cannot rebalance capacity
 * when the zone runs out of an instance type. Spreading over two or more zones is the basic
 * high-availability pattern that Auto Scaling makes free.
 *
 * ## Example
 * ```yaml
 * Web:
 *   Type: AWS::AutoScaling::AutoScalingGroup
 *   Properties:
 *     MinSize: '2'
 *     MaxSize: '4'
 *     VPCZoneIdentifier: [!Ref PrivateSubnetA]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     VPCZoneIdentifier: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
 * ```
 *
 * ## Fix safety
 * No automatic fix: the template has to provide a subnet in a second zone.
 *
 * ## References
 * - https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-autoscalinggroup.html
 */
export default defineRule({
  meta: {
    id: 'SW5720',
    name: 'autoscaling-group-single-az',
    family: 'autoscaling',
    category: 'resilience',
    severity: 'low',
    description: 'Auto Scaling group runs in a single Availability Zone',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      single: 'Auto Scaling group {{group}} uses a single {{what}}: a zone outage takes all its instances down',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-availability-zone-balanced.html'],
    equivalents: { guard: ['AUTOSCALING_MULTIPLE_AZ'], securityHub: ['AutoScaling.2'] },
    cdk: 'vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS } (on a VPC with maxAzs >= 2)',
  },
  resource: {
    types: ['AWS::AutoScaling::AutoScalingGroup'],
    check(ctx) {
      const group = ctx.resource.logicalId;
      const subnets = ctx.prop('VPCZoneIdentifier');
      const field = subnets.every((v) => v.missing) ? 'AvailabilityZones' : 'VPCZoneIdentifier';
      const what = field === 'VPCZoneIdentifier' ? 'subnet' : 'Availability Zone';
      for (const v of ctx.prop(field)) {
        if (v.missing || !isSeq(v.node)) continue;
        if (v.node.items.length === 1) ctx.report({ at: v, messageId: 'single', data: { group, what } });
      }
    },
  },
});
