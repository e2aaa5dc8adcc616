import { defineRule } from '../api';

/**
 * ## What it does
 * Flags a CloudFront distribution that sets no `DistributionConfig.WebACLId`, so no AWS WAF web ACL
 * inspects its requests. Distributions with `Enabled: false` are skipped.
 *
 * ## Why it matters
 * A distribution is the internet-facing edge of the application. A web ACL there blocks common
 * exploits (SQL injection, known bad inputs), bots and request floods before they reach the origin,
 * and rate-based rules blunt credential stuffing. Without one every request is passed through.
 *
 * ## Example
 * ```yaml
 * Cdn:
 *   Type: AWS::CloudFront::Distribution
 *   Properties:
 *     DistributionConfig:
 *       Enabled: true
 * ```
 *
 * ## Use instead
 * ```yaml
 *     DistributionConfig:
 *       Enabled: true
 *       WebACLId: !GetAtt EdgeWebAcl.Arn   # an AWS::WAFv2::WebACL with Scope: CLOUDFRONT
 * ```
 *
 * ## Fix safety
 * No automatic fix: a web ACL and its rules have to be designed for the application.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-distributionconfig.html
 */
export default defineRule({
  meta: {
    id: 'SW5712',
    name: 'cloudfront-distribution-without-waf',
    family: 'waf',
    category: 'resilience',
    severity: 'low',
    description: 'CloudFront distribution is not protected by an AWS WAF web ACL',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'CloudFront distribution {{dist}} has no WebACLId: requests reach the origin without WAF inspection',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-awswaf.html'],
    equivalents: { checkov: ['CKV_AWS_68'], guard: ['CLOUDFRONT_ASSOCIATED_WITH_WAF'], trivy: ['AVD-AWS-0011'], securityHub: ['CloudFront.6'] },
    cdk: 'webAclId: webAcl.attrArn',
  },
  resource: {
    types: ['AWS::CloudFront::Distribution'],
    check(ctx) {
      if (ctx.prop('DistributionConfig.Enabled').every((v) => !v.missing && ctx.bool(v) === 'false')) return;
      for (const v of ctx.prop('DistributionConfig.WebACLId')) {
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { dist: ctx.resource.logicalId } });
      }
    },
  },
});
