import { type Resource, type ResourceContext, defineRule } from '../api';
import { mentions } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a CloudFront distribution without standard logging: no `DistributionConfig.Logging`, and no
 * `AWS::Logs::DeliverySource` in the template whose `ResourceArn` points at the distribution (the
 * newer CloudWatch Logs based "standard logging v2").
 *
 * ## Why it matters
 * CloudFront is the front door of the application. Its access logs record every viewer request
 * (address, URI, status, edge location, TLS version), and are what you need to investigate scraping,
 * abuse or an attack, and to answer who downloaded what.
 *
 * ## Example
 * ```yaml
 * Cdn:
 *   Type: AWS::CloudFront::Distribution
 *   Properties:
 *     DistributionConfig:
 *       Enabled: true
 *       DefaultCacheBehavior: { TargetOriginId: site, ViewerProtocolPolicy: redirect-to-https }
 * ```
 *
 * ## Use instead
 * ```yaml
 *     DistributionConfig:
 *       Enabled: true
 *       Logging:
 *         Bucket: !GetAtt CdnLogs.DomainName
 *         Prefix: cdn/
 * ```
 *
 * ## Fix safety
 * No automatic fix: logging needs a bucket with ACLs enabled for the log delivery account.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-logging.html
 */
export default defineRule({
  meta: {
    id: 'SW5608',
    name: 'cloudfront-distribution-logging-missing',
    family: 'cloudfront',
    category: 'logging',
    severity: 'low',
    description: 'CloudFront distribution has no access logging',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      missing: 'CloudFront distribution {{dist}} has no Logging configuration: viewer requests are not logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html'],
    equivalents: { checkov: ['CKV_AWS_86'], cfnNag: ['W10'], guard: ['CLOUDFRONT_ACCESSLOGS_ENABLED'], trivy: ['AVD-AWS-0010'], securityHub: ['CloudFront.5'] },
    cdk: 'enableLogging: true (or logBucket: bucket)',
  },
  resource: {
    types: ['AWS::CloudFront::Distribution'],
    check(ctx) {
      const missing = ctx.prop('DistributionConfig.Logging').filter((v) => v.missing);
      if (missing.length === 0 || hasLogDelivery(ctx, ctx.resource)) return;
      for (const v of missing) ctx.report({ at: v, messageId: 'missing', data: { dist: ctx.resource.logicalId } });
    },
  },
});

/** A CloudWatch Logs delivery source for this distribution (standard logging v2). */
function hasLogDelivery(ctx: ResourceContext, dist: Resource): boolean {
  return ctx.referrers(dist, 'AWS::Logs::DeliverySource').some((s) => ctx.lookup(s.properties, 'ResourceArn').some((v) => !v.missing && mentions(ctx, v.node, dist)));
}
