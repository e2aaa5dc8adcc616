import { defineRule, helpers } from '../api';
import { literal, upper } from '../lib/network';

/**
 * ## What it does
 * Flags an internet-facing Classic Load Balancer (`AWS::ElasticLoadBalancing::LoadBalancer`, the
 * default scheme) with a listener whose `Protocol` is `HTTP`, or `TCP` on a port other than 443.
 * Classic Load Balancers cannot redirect HTTP to HTTPS, so every such listener carries clear text.
 * Internal load balancers (`Scheme: internal`) are not flagged, and neither is TCP on port 443,
 * which is how TLS pass-through to the instances is usually set up.
 *
 * ## Why it matters
 * Requests and responses cross the internet unencrypted: credentials, session cookies and personal
 * data can be read or altered on the way. Security Hub control ELB.3 expects HTTPS or SSL/TLS
 * termination on Classic Load Balancer listeners.
 *
 * ## Example
 * ```yaml
 * WebElb:
 *   Type: AWS::ElasticLoadBalancing::LoadBalancer
 *   Properties:
 *     Subnets: [!Ref PublicSubnetA, !Ref PublicSubnetB]
 *     Listeners:
 *       - LoadBalancerPort: '80'
 *         InstancePort: '8080'
 *         Protocol: HTTP
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Listeners:
 *       - LoadBalancerPort: '443'
 *         InstancePort: '8080'
 *         Protocol: HTTPS
 *         InstanceProtocol: HTTP
 *         SSLCertificateId: !Ref Certificate
 * ```
 *
 * ## Fix safety
 * No automatic fix: HTTPS needs a certificate, and migrating to an Application Load Balancer (which
 * can redirect HTTP to HTTPS) is usually the better move.
 *
 * ## References
 * - https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-listener.html
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-3
 */
export default defineRule({
  meta: {
    id: 'SW5202',
    name: 'elb-classic-listener-unencrypted',
    family: 'elb',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'Internet-facing Classic Load Balancer listener uses plain HTTP or TCP',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      plain: 'Classic Load Balancer {{elb}} listens with {{protocol}} on port {{port}} to the internet: use HTTPS or SSL',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-create-https-ssl-load-balancer.html'],
    equivalents: { securityHub: ['ELB.3'], guard: ['ELB_TLS_HTTPS_LISTENERS_ONLY'] },
  },
  resource: {
    types: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    check(ctx) {
      for (const scheme of ctx.prop('Scheme')) {
        if (!scheme.missing && upper(ctx, scheme) !== 'INTERNET-FACING') continue; // internal, or unknown
        for (const l of ctx.prop('Listeners.*')) {
          if (l.missing || !l.node) continue;
          for (const proto of ctx.lookup(l.node, 'Protocol')) {
            const p = upper(ctx, proto);
            if (p !== 'HTTP' && p !== 'TCP') continue;
            const port = literal(ctx, ctx.lookup(l.node, 'LoadBalancerPort')[0]);
            if (p === 'TCP' && helpers.asNumber(port ?? '') === 443) continue; // TLS pass-through
            ctx.report({
              at: proto,
              messageId: 'plain',
              data: { elb: ctx.resource.logicalId, protocol: p, port: port ?? '(computed)' },
              conditions: scheme.conditions.filter((c) => !proto.conditions.some((x) => x.name === c.name)),
            });
          }
        }
      }
    },
  },
});
