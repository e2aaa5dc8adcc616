import { defineRule } from '../api';
import { keyedAttribute, keyedAttributeFix } from '../lib/logging-resilience';

const KEY = 'deletion_protection.enabled';

/**
 * ## What it does
 * Flags an `AWS::ElasticLoadBalancingV2::LoadBalancer` (application, network or gateway) whose
 * `LoadBalancerAttributes` do not set `deletion_protection.enabled` to `true`.
 *
 * ## Why it matters
 * Deleting a load balancer takes the service behind it offline, and its DNS name cannot be
 * recreated: every CNAME, alias and allow-list that pointed at it must be updated. Deletion
 * protection makes the API refuse the delete until someone turns it off deliberately.
 *
 * ## Example
 * ```yaml
 * Alb:
 *   Type: AWS::ElasticLoadBalancingV2::LoadBalancer
 *   Properties:
 *     Subnets: [!Ref SubnetA, !Ref SubnetB]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     LoadBalancerAttributes:
 *       - Key: deletion_protection.enabled
 *         Value: 'true'
 * ```
 *
 * ## Fix safety
 * Safe: an in-place attribute change with no effect on traffic. Deleting the stack will fail until
 * the attribute is turned off, which is the intent.
 *
 * ## References
 * - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattributes.html
 */
export default defineRule({
  meta: {
    id: 'SW5710',
    name: 'elbv2-deletion-protection-disabled',
    family: 'elb',
    category: 'resilience',
    severity: 'low',
    description: 'Load balancer can be deleted without turning off deletion protection first',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Load balancer {{lb}} does not enable deletion_protection.enabled: one API call or stack deletion removes it and its DNS name',
      disabled: 'Load balancer {{lb}} sets deletion_protection.enabled to false: one API call or stack deletion removes it and its DNS name',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#deletion-protection'],
    equivalents: { checkov: ['CKV_AWS_150'], guard: ['ELB_DELETION_PROTECTION_ENABLED'], securityHub: ['ELB.6'] },
    cdk: 'deletionProtection: true',
  },
  resource: {
    types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    check(ctx) {
      const lb = ctx.resource.logicalId;
      for (const a of keyedAttribute(ctx, 'LoadBalancerAttributes', KEY)) {
        if (a.undecided) continue;
        const fixes = keyedAttributeFix(ctx, a, 'LoadBalancerAttributes', KEY, 'true', 'Enable deletion protection');
        if (a.value.missing) ctx.report({ at: a.value, messageId: 'missing', data: { lb }, fixes });
        else if (ctx.bool(a.value) === 'false') ctx.report({ at: a.value, messageId: 'disabled', data: { lb }, fixes });
      }
    },
  },
});
