import { defineRule, str } from '../api';
import { keyedAttribute, keyedAttributeFix } from '../lib/logging-resilience';

const KEY = 'routing.http.drop_invalid_header_fields.enabled';

/**
 * ## What it does
 * Flags an Application Load Balancer whose `LoadBalancerAttributes` do not set
 * `routing.http.drop_invalid_header_fields.enabled` to `true`. Network and Gateway Load Balancers
 * do not parse HTTP and are skipped.
 *
 * ## Why it matters
 * By default an ALB forwards header fields whose names are not valid HTTP tokens. Back ends parse
 * such headers differently from the load balancer, which is the raw material for request smuggling
 * and header-injection attacks. Dropping them at the edge removes the ambiguity.
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
 *       - Key: routing.http.drop_invalid_header_fields.enabled
 *         Value: 'true'
 * ```
 *
 * ## Fix safety
 * Safe: only header fields that are invalid per RFC 7230 are removed; requests are still forwarded.
 *
 * ## References
 * - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-4
 */
export default defineRule({
  meta: {
    id: 'SW5711',
    name: 'alb-drop-invalid-header-fields-disabled',
    family: 'elb',
    category: 'resilience',
    severity: 'low',
    description: 'Application Load Balancer forwards invalid HTTP header fields to targets',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Application Load Balancer {{lb}} does not drop invalid header fields: malformed headers reach the targets',
      disabled: 'Application Load Balancer {{lb}} sets drop_invalid_header_fields to false: malformed headers reach the targets',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes'],
    equivalents: { checkov: ['CKV_AWS_131'], guard: ['ALB_HTTP_DROP_INVALID_HEADER_ENABLED'], trivy: ['AVD-AWS-0052'], securityHub: ['ELB.4'] },
    cdk: "loadBalancer.setAttribute('routing.http.drop_invalid_header_fields.enabled', 'true') (or dropInvalidHeaderFields: true)",
  },
  resource: {
    types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    check(ctx) {
      const type = ctx.resource.properties?.get('Type');
      if (type && str(type) !== 'application') return; // network, gateway, or computed
      const lb = ctx.resource.logicalId;
      for (const a of keyedAttribute(ctx, 'LoadBalancerAttributes', KEY)) {
        if (a.undecided) continue;
        const fixes = keyedAttributeFix(ctx, a, 'LoadBalancerAttributes', KEY, 'true', 'Drop invalid header fields');
        if (a.value.missing) ctx.report({ at: a.value, messageId: 'missing', data: { lb }, fixes });
        else if (ctx.bool(a.value) === 'false') ctx.report({ at: a.value, messageId: 'disabled', data: { lb }, fixes });
      }
    },
  },
});
