import { type ResourceContext, defineRule, str } from '../api';
import { keyedAttribute } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an Application or Network Load Balancer (`AWS::ElasticLoadBalancingV2::LoadBalancer`) whose
 * `LoadBalancerAttributes` do not set `access_logs.s3.enabled` to `true`. Gateway Load Balancers,
 * which have no access logs, are skipped, and so are Network Load Balancers without a TLS listener in
 * the template (NLBs log only TLS connections).
 *
 * ## Why it matters
 * Access logs record every request (client address, path, status, TLS cipher, target). They are how
 * you reconstruct an attack against a web application, spot scanning and credential stuffing, or
 * answer "who called this endpoint". They are off by default.
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
 * Alb:
 *   Type: AWS::ElasticLoadBalancingV2::LoadBalancer
 *   Properties:
 *     Subnets: [!Ref SubnetA, !Ref SubnetB]
 *     LoadBalancerAttributes:
 *       - Key: access_logs.s3.enabled
 *         Value: 'true'
 *       - Key: access_logs.s3.bucket
 *         Value: !Ref AccessLogBucket
 * ```
 *
 * ## Fix safety
 * No automatic fix: logging needs a bucket whose policy lets Elastic Load Balancing write to it.
 *
 * ## References
 * - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattributes.html
 */
export default defineRule({
  meta: {
    id: 'SW5606',
    name: 'elbv2-access-logging-disabled',
    family: 'elb',
    category: 'logging',
    severity: 'low',
    description: 'Application or Network Load Balancer does not write access logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Load balancer {{lb}} does not enable access_logs.s3.enabled: requests are not logged',
      disabled: 'Load balancer {{lb}} sets access_logs.s3.enabled to false: requests are not logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html'],
    equivalents: { checkov: ['CKV_AWS_91'], cfnNag: ['W52'], guard: ['ELB_LOGGING_ENABLED'], securityHub: ['ELB.5'] },
    cdk: 'loadBalancer.logAccessLogs(bucket)',
  },
  resource: {
    types: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    check(ctx) {
      const type = str(ctx.resource.properties?.get('Type'));
      if (type === 'gateway') return;
      // Network Load Balancers write access logs only for TLS listeners.
      if (type === 'network' && !hasTlsListener(ctx)) return;
      const lb = ctx.resource.logicalId;
      for (const a of keyedAttribute(ctx, 'LoadBalancerAttributes', 'access_logs.s3.enabled')) {
        if (a.undecided) continue;
        if (a.value.missing) ctx.report({ at: a.value, messageId: 'missing', data: { lb } });
        else if (ctx.bool(a.value) === 'false') ctx.report({ at: a.value, messageId: 'disabled', data: { lb } });
      }
    },
  },
});

/** True when a listener in the template attaches a TLS listener to this load balancer. */
function hasTlsListener(ctx: ResourceContext): boolean {
  const lb = ctx.resource;
  return ctx
    .referrers(lb, 'AWS::ElasticLoadBalancingV2::Listener')
    .some((l) => ctx.resolveRef(l.properties?.get('LoadBalancerArn')) === lb && ctx.lookup(l.properties, 'Protocol').some((p) => !p.missing && ctx.value(p) === 'TLS'));
}
