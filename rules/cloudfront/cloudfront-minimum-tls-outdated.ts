import { defineRule, helpers, isMap } from '../api';
import { fixable, literal } from '../lib/network';

const RECOMMENDED = 'TLSv1.2_2021';
const modern = (v: string): boolean => /^TLSv1\.[23]_/.test(v);

/**
 * ## What it does
 * Flags a CloudFront distribution whose viewer certificate lets viewers negotiate TLS older than 1.2:
 * - `ViewerCertificate.MinimumProtocolVersion` set to `SSLv3`, `TLSv1`, `TLSv1_2016` or
 *   `TLSv1.1_2016`, or missing next to a custom certificate (the default is `TLSv1`);
 * - no `ViewerCertificate`, `CloudFrontDefaultCertificate: true`, or a `ViewerCertificate` with
 *   neither a custom certificate nor a minimum version: the `*.cloudfront.net` certificate always
 *   accepts TLSv1 and its minimum cannot be raised.
 *
 * ## Why it matters
 * TLS 1.0 and 1.1 are deprecated (RFC 8996) and rejected by PCI DSS; SSLv3 is broken (POODLE).
 * Accepting them lets old or downgraded clients use weak ciphers.
 *
 * ## Example
 * ```yaml
 * Cdn:
 *   Type: AWS::CloudFront::Distribution
 *   Properties:
 *     DistributionConfig:
 *       Aliases: [www.example.com]
 *       ViewerCertificate:
 *         AcmCertificateArn: !Ref Certificate
 *         SslSupportMethod: sni-only
 *         MinimumProtocolVersion: TLSv1
 * ```
 *
 * ## Use instead
 * ```yaml
 *       ViewerCertificate:
 *         AcmCertificateArn: !Ref Certificate
 *         SslSupportMethod: sni-only
 *         MinimumProtocolVersion: TLSv1.2_2021
 * ```
 *
 * ## Fix safety
 * Unsafe: raising the minimum to `TLSv1.2_2021` locks out clients that only speak TLS 1.0/1.1. When
 * the distribution uses the default CloudFront certificate there is no automatic fix: the minimum
 * can only be raised with a custom domain and an ACM certificate in us-east-1.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-viewercertificate.html
 */
export default defineRule({
  meta: {
    id: 'SW5204',
    name: 'cloudfront-minimum-tls-outdated',
    family: 'cloudfront',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'CloudFront distribution lets viewers connect with TLS older than 1.2',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      outdated: 'CloudFront distribution {{dist}} sets MinimumProtocolVersion {{version}}: use TLSv1.2_2021',
      missing: 'CloudFront distribution {{dist}} has a custom certificate but no MinimumProtocolVersion (defaults to TLSv1)',
      defaultCert: 'CloudFront distribution {{dist}} uses the default *.cloudfront.net certificate, which always accepts TLSv1: use a custom certificate with MinimumProtocolVersion TLSv1.2_2021',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
    equivalents: { checkov: ['CKV_AWS_174'], cfnNag: ['W70'], trivy: ['AVD-AWS-0013'] },
    cdk: 'minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021',
  },
  resource: {
    types: ['AWS::CloudFront::Distribution'],
    check(ctx) {
      const dist = ctx.resource.logicalId;
      for (const config of ctx.prop('DistributionConfig')) {
        if (config.missing || !config.node) continue;
        for (const cert of ctx.lookup(config.node, 'ViewerCertificate')) {
          if (cert.missing) {
            ctx.report({ at: cert, messageId: 'defaultCert', data: { dist } });
            continue;
          }
          const dflt = ctx.lookup(cert.node, 'CloudFrontDefaultCertificate').find((d) => ctx.bool(d) === 'true');
          if (dflt) {
            ctx.report({ at: dflt, messageId: 'defaultCert', data: { dist } });
            continue;
          }
          const custom = ctx.lookup(cert.node, 'AcmCertificateArn').some((x) => !x.missing) || ctx.lookup(cert.node, 'IamCertificateId').some((x) => !x.missing);
          // Neither a custom certificate, a minimum version nor a computed block: the default certificate.
          const hasMinimum = ctx.lookup(cert.node, 'MinimumProtocolVersion').some((x) => !x.missing);
          if (!custom && !hasMinimum && isMap(cert.node) && !cert.node.intrinsic) {
            ctx.report({ at: cert, messageId: 'defaultCert', data: { dist } });
            continue;
          }
          for (const v of ctx.lookup(cert.node, 'MinimumProtocolVersion')) {
            const fix = fixable(v) && fixable(cert) ? helpers.fix(`Set MinimumProtocolVersion: ${RECOMMENDED}`, 'unsafe', helpers.setAt(ctx, v, 'MinimumProtocolVersion', RECOMMENDED)) : undefined;
            if (v.missing) {
              if (custom) ctx.report({ at: v, messageId: 'missing', data: { dist }, fixes: fix });
              continue;
            }
            const version = literal(ctx, v);
            if (version !== undefined && !modern(version)) ctx.report({ at: v, messageId: 'outdated', data: { dist, version }, fixes: fix });
          }
        }
      }
    },
  },
});
