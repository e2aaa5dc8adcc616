import { defineRule, helpers } from '../api';
import { fixable, literal, upper } from '../lib/network';

const RECOMMENDED = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

/** Predefined ELBv2 policies that still accept TLS 1.0 or TLS 1.1. */
const OUTDATED = new Set([
  'ELBSecurityPolicy-2016-08',
  'ELBSecurityPolicy-2015-05',
  'ELBSecurityPolicy-TLS-1-0-2015-04',
  'ELBSecurityPolicy-TLS-1-1-2017-01',
  'ELBSecurityPolicy-FS-2018-06',
  'ELBSecurityPolicy-FS-1-1-2019-08',
  'ELBSecurityPolicy-TLS13-1-0-2021-06',
  'ELBSecurityPolicy-TLS13-1-1-2021-06',
  'ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04',
]);

/** TLS13-1-0 / TLS13-1-1 families (including PQ and FIPS variants released later). */
const isOutdated = (p: string): boolean => OUTDATED.has(p) || /^ELBSecurityPolicy-TLS13-1-[01]-/.test(p);

/**
 * ## What it does
 * Flags an HTTPS or TLS listener (`AWS::ElasticLoadBalancingV2::Listener`) whose `SslPolicy` still
 * accepts TLS 1.0 or TLS 1.1 (`ELBSecurityPolicy-2016-08`, `ELBSecurityPolicy-TLS-1-1-2017-01`,
 * `ELBSecurityPolicy-FS-2018-06`, the `TLS13-1-0`/`TLS13-1-1` families…), or that sets no
 * `SslPolicy` at all: listeners created through the API without one get `ELBSecurityPolicy-2016-08`.
 *
 * ## Why it matters
 * TLS 1.0 and 1.1 are deprecated (RFC 8996), lack modern AEAD cipher suites and are excluded by
 * PCI DSS. Offering them lets a downgrade-capable attacker or an old client negotiate weak
 * encryption.
 *
 * ## Example
 * ```yaml
 * HttpsListener:
 *   Type: AWS::ElasticLoadBalancingV2::Listener
 *   Properties:
 *     LoadBalancerArn: !Ref Alb
 *     Port: 443
 *     Protocol: HTTPS
 *     SslPolicy: ELBSecurityPolicy-2016-08
 *     Certificates:
 *       - CertificateArn: !Ref Certificate
 *     DefaultActions:
 *       - Type: forward
 *         TargetGroupArn: !Ref Targets
 * ```
 *
 * ## Use instead
 * ```yaml
 *     SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
 * ```
 *
 * ## Fix safety
 * Unsafe: the fix sets `ELBSecurityPolicy-TLS13-1-2-2021-06`. Clients that only speak TLS 1.0/1.1
 * (old Android, Windows 7 without updates, embedded devices) can no longer connect.
 *
 * ## References
 * - https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-listener.html
 */
export default defineRule({
  meta: {
    id: 'SW5201',
    name: 'elbv2-listener-outdated-tls-policy',
    family: 'elb',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'HTTPS/TLS load balancer listener accepts TLS 1.0 or 1.1',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Listener {{listener}} sets no SslPolicy: the API default ELBSecurityPolicy-2016-08 accepts TLS 1.0 and 1.1',
      outdated: 'Listener {{listener}} uses {{policy}}, which accepts TLS 1.0 or 1.1',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html'],
    equivalents: { checkov: ['CKV_AWS_103'], cfnNag: ['W55'], trivy: ['AVD-AWS-0047'] },
    cdk: 'sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS',
  },
  resource: {
    types: ['AWS::ElasticLoadBalancingV2::Listener'],
    check(ctx) {
      const listener = ctx.resource.logicalId;
      for (const proto of ctx.prop('Protocol')) {
        const p = upper(ctx, proto);
        if (p !== 'HTTPS' && p !== 'TLS') continue;
        for (const v of ctx.prop('SslPolicy')) {
          const fix = fixable(v) && fixable(proto) ? helpers.fix(`Use ${RECOMMENDED}`, 'unsafe', helpers.setAt(ctx, v, 'SslPolicy', RECOMMENDED)) : undefined;
          if (v.missing) {
            ctx.report({ at: v, messageId: 'missing', data: { listener }, fixes: fix });
            continue;
          }
          const policy = literal(ctx, v);
          if (policy && isOutdated(policy)) ctx.report({ at: v, messageId: 'outdated', data: { listener, policy }, fixes: fix });
        }
      }
    },
  },
});
