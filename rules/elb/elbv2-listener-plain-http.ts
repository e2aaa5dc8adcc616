import { type Json, type ResourceContext, type Variant, defineRule, helpers } from '../api';
import { fixable, upper } from '../lib/network';

const REDIRECT: Json = [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }];

/**
 * ## What it does
 * Flags an Application Load Balancer listener (`AWS::ElasticLoadBalancingV2::Listener`) with
 * `Protocol: HTTP` whose default actions serve traffic (forward, fixed response, authenticate)
 * instead of redirecting to HTTPS. A listener whose default action is a `redirect` with
 * `Protocol: HTTPS` is the recommended way to keep port 80 open and is not flagged. NLB `TCP`/`UDP`
 * listeners are not flagged: they can carry TLS that the targets terminate.
 *
 * ## Why it matters
 * Plain HTTP sends cookies, tokens and form data in clear text across the internet, where anyone on
 * the path can read or change them. Security Hub control ELB.1 expects every HTTP listener to
 * redirect to HTTPS.
 *
 * ## Example
 * ```yaml
 * HttpListener:
 *   Type: AWS::ElasticLoadBalancingV2::Listener
 *   Properties:
 *     LoadBalancerArn: !Ref Alb
 *     Port: 80
 *     Protocol: HTTP
 *     DefaultActions:
 *       - Type: forward
 *         TargetGroupArn: !Ref Targets
 * ```
 *
 * ## Use instead
 * ```yaml
 * HttpListener:
 *   Type: AWS::ElasticLoadBalancingV2::Listener
 *   Properties:
 *     LoadBalancerArn: !Ref Alb
 *     Port: 80
 *     Protocol: HTTP
 *     DefaultActions:
 *       - Type: redirect
 *         RedirectConfig:
 *           Protocol: HTTPS
 *           Port: '443'
 *           StatusCode: HTTP_301
 * ```
 *
 * ## Fix safety
 * Unsafe: the fix replaces the default actions with a permanent redirect to HTTPS on port 443. It
 * only works when the load balancer also has an HTTPS listener with a certificate, and clients that
 * cannot follow redirects (some webhooks, POST requests from old clients) stop working. Listener
 * rules (`AWS::ElasticLoadBalancingV2::ListenerRule`) on the listener are left as they are.
 *
 * ## References
 * - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticloadbalancingv2-listener-redirectconfig.html
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-1
 */
export default defineRule({
  meta: {
    id: 'SW5200',
    name: 'elbv2-listener-plain-http',
    family: 'elb',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'Load balancer listener serves plain HTTP instead of redirecting to HTTPS',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      plainHttp: 'Listener {{listener}} serves plain HTTP: make its default action a redirect to HTTPS',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions'],
    equivalents: { checkov: ['CKV_AWS_2'], cfnNag: ['W56'], trivy: ['AVD-AWS-0054'], guard: ['ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK'], securityHub: ['ELB.1'] },
    cdk: "alb.addRedirect({ sourcePort: 80, targetPort: 443 }) or ListenerAction.redirect({ protocol: 'HTTPS', port: '443', permanent: true })",
  },
  resource: {
    types: ['AWS::ElasticLoadBalancingV2::Listener'],
    check(ctx) {
      for (const proto of ctx.prop('Protocol')) {
        if (upper(ctx, proto) !== 'HTTP') continue;
        for (const actions of ctx.prop('DefaultActions')) {
          if (actions.missing || redirectsToHttps(ctx, actions) !== 'no') continue;
          const canFix = fixable(proto) && fixable(actions) && actions.node !== undefined;
          ctx.report({
            at: proto,
            messageId: 'plainHttp',
            data: { listener: ctx.resource.logicalId },
            conditions: actions.conditions.filter((c) => !proto.conditions.some((p) => p.name === c.name)),
            fixes: canFix ? helpers.fix('Redirect HTTP to HTTPS (port 443, HTTP 301)', 'unsafe', { op: 'replace', target: actions.node!, value: REDIRECT }) : undefined,
          });
        }
      }
    },
  },
});

/** 'yes' when a default action redirects to HTTPS, 'no' when none can, 'unknown' when the actions are computed. */
function redirectsToHttps(ctx: ResourceContext, actions: Variant): 'yes' | 'no' | 'unknown' {
  let unknown = false;
  for (const a of ctx.lookup(actions.node, '*')) {
    if (a.missing) continue;
    const type = a.node && ctx.lookup(a.node, 'Type')[0];
    if (!type || type.missing) continue; // an action without a Type is not a redirect
    const t = upper(ctx, type);
    if (t === undefined) {
      unknown = true;
      continue;
    }
    if (t !== 'REDIRECT') continue;
    for (const p of ctx.lookup(a.node, 'RedirectConfig.Protocol')) {
      const v = upper(ctx, p);
      if (v === 'HTTPS') return 'yes';
      if (v === undefined && !p.missing) unknown = true;
    }
  }
  // A computed list (Fn::Split, an import) cannot be judged.
  if (ctx.lookup(actions.node, '*').some((a) => a.node === actions.node)) unknown = true;
  return unknown ? 'unknown' : 'no';
}
