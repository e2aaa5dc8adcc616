import { type ResourceContext, defineRule, helpers } from '../api';
import { fixable, literal } from '../lib/network';

/**
 * ## What it does
 * Flags a CloudFront custom origin (`Origins[].CustomOriginConfig`) that CloudFront reaches over
 * plain HTTP: `OriginProtocolPolicy: http-only`, or `match-viewer` on a distribution where some
 * cache behavior still accepts HTTP viewers (`allow-all`). It also flags `OriginSSLProtocols` that
 * include `SSLv3`.
 *
 * ## Why it matters
 * HTTPS between the viewer and CloudFront protects only the first hop: with an HTTP origin the same
 * requests, cookies and responses cross the internet from the edge location to your origin in clear
 * text. SSLv3 is broken (POODLE).
 *
 * ## Example
 * ```yaml
 *       Origins:
 *         - Id: api
 *           DomainName: api.example.com
 *           CustomOriginConfig:
 *             OriginProtocolPolicy: http-only
 * ```
 *
 * ## Use instead
 * ```yaml
 *       Origins:
 *         - Id: api
 *           DomainName: api.example.com
 *           CustomOriginConfig:
 *             OriginProtocolPolicy: https-only
 *             OriginSSLProtocols: [TLSv1.2]
 * ```
 *
 * ## Fix safety
 * Unsafe: `https-only` requires the origin to serve HTTPS on `HTTPSPort` with a certificate that
 * matches its domain name; otherwise CloudFront answers 502. S3 website endpoints only speak HTTP
 * and cannot be switched.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-customoriginconfig.html
 */
export default defineRule({
  meta: {
    id: 'SW5205',
    name: 'cloudfront-origin-protocol-not-https',
    family: 'cloudfront',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'CloudFront reaches a custom origin over plain HTTP or SSLv3',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      httpOnly: 'CloudFront distribution {{dist}} reaches origin {{origin}} over plain HTTP (http-only): use https-only',
      matchViewer: 'CloudFront distribution {{dist}} forwards HTTP viewers to origin {{origin}} over HTTP (match-viewer with an allow-all behavior)',
      sslv3: 'CloudFront distribution {{dist}} allows SSLv3 to origin {{origin}}',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html'],
    equivalents: { securityHub: ['CloudFront.9', 'CloudFront.10'] },
    cdk: 'protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY',
  },
  resource: {
    types: ['AWS::CloudFront::Distribution'],
    check(ctx) {
      const dist = ctx.resource.logicalId;
      const allowsHttp = viewersMayUseHttp(ctx);
      for (const o of ctx.prop('DistributionConfig.Origins.*')) {
        if (o.missing || !o.node) continue;
        const origin = literal(ctx, ctx.lookup(o.node, 'Id')[0]) ?? '(computed id)';
        for (const cfg of ctx.lookup(o.node, 'CustomOriginConfig')) {
          if (cfg.missing || !cfg.node) continue;
          for (const p of ctx.lookup(cfg.node, 'OriginProtocolPolicy')) {
            const policy = literal(ctx, p)?.toLowerCase();
            const fixes = fixable(p) ? helpers.fix('Set OriginProtocolPolicy: https-only', 'unsafe', helpers.setAt(ctx, p, 'OriginProtocolPolicy', 'https-only')) : undefined;
            if (policy === 'http-only') ctx.report({ at: p, messageId: 'httpOnly', data: { dist, origin }, fixes });
            else if (policy === 'match-viewer' && allowsHttp) ctx.report({ at: p, messageId: 'matchViewer', data: { dist, origin }, fixes });
          }
          for (const proto of ctx.lookup(cfg.node, 'OriginSSLProtocols.*')) {
            if (literal(ctx, proto)?.toUpperCase() === 'SSLV3') ctx.report({ at: proto, messageId: 'sslv3', data: { dist, origin } });
          }
        }
      }
    },
  },
});

/** True when a cache behavior of the distribution certainly accepts HTTP viewers. */
function viewersMayUseHttp(ctx: ResourceContext): boolean {
  const policies = [...ctx.prop('DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy'), ...ctx.prop('DistributionConfig.CacheBehaviors.*.ViewerProtocolPolicy')];
  return policies.some((v) => literal(ctx, v)?.toLowerCase() === 'allow-all');
}
