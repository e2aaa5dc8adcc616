import { defineRule, helpers } from '../api';
import { fixable, literal } from '../lib/network';

/**
 * ## What it does
 * Flags a CloudFront distribution whose default cache behavior or any cache behavior has
 * `ViewerProtocolPolicy: allow-all`, which serves content over plain HTTP as well as HTTPS.
 *
 * ## Why it matters
 * Viewers that arrive over HTTP (old bookmarks, links, typed addresses) receive content and send
 * cookies in clear text; a network attacker can read or inject content (for example a malicious
 * script into a page). `redirect-to-https` keeps old links working while encrypting every response.
 *
 * ## Example
 * ```yaml
 * Cdn:
 *   Type: AWS::CloudFront::Distribution
 *   Properties:
 *     DistributionConfig:
 *       Enabled: true
 *       DefaultCacheBehavior:
 *         TargetOriginId: site
 *         ViewerProtocolPolicy: allow-all
 * ```
 *
 * ## Use instead
 * ```yaml
 *       DefaultCacheBehavior:
 *         TargetOriginId: site
 *         ViewerProtocolPolicy: redirect-to-https
 * ```
 *
 * ## Fix safety
 * Safe: `redirect-to-https` answers HTTP requests with a 301 to the same URL over HTTPS, which every
 * browser and HTTP client follows for GET requests; CloudFront always serves HTTPS on its own domain
 * and on a configured custom certificate.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-defaultcachebehavior.html
 */
export default defineRule({
  meta: {
    id: 'SW5203',
    name: 'cloudfront-viewer-protocol-allows-http',
    family: 'cloudfront',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'CloudFront cache behavior serves viewers over plain HTTP (allow-all)',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      allowAll: 'CloudFront distribution {{dist}} {{behavior}} allows plain HTTP: use redirect-to-https or https-only',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html'],
    equivalents: { checkov: ['CKV_AWS_34'], trivy: ['AVD-AWS-0012'], securityHub: ['CloudFront.3'], guard: ['CLOUDFRONT_VIEWER_POLICY_HTTPS'] },
    cdk: 'viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS',
  },
  resource: {
    types: ['AWS::CloudFront::Distribution'],
    check(ctx) {
      const dist = ctx.resource.logicalId;
      const check = (path: string, label: (i: number) => string) => {
        let i = 0;
        for (const b of ctx.prop(path)) {
          const index = i++;
          if (b.missing || !b.node) continue;
          for (const v of ctx.lookup(b.node, 'ViewerProtocolPolicy')) {
            if (literal(ctx, v)?.toLowerCase() !== 'allow-all') continue;
            ctx.report({
              at: v,
              messageId: 'allowAll',
              data: { dist, behavior: label(index) },
              fixes: fixable(v) ? helpers.fix('Set ViewerProtocolPolicy: redirect-to-https', 'safe', helpers.setAt(ctx, v, 'ViewerProtocolPolicy', 'redirect-to-https')) : undefined,
            });
          }
        }
      };
      check('DistributionConfig.DefaultCacheBehavior', () => 'default cache behavior');
      check('DistributionConfig.CacheBehaviors.*', (i) => `cache behavior #${i + 1}`);
    },
  },
});
