import { defineRule, helpers } from '../api';

const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

/**
 * ## What it does
 * Flags an S3 bucket whose `PublicAccessBlockConfiguration` is missing or sets any of its four flags
 * to false. A missing configuration is reported at low severity: since April 2023 S3 turns all four
 * blocks on for new buckets, so the template only relies on a default; an explicit `false` is high.
 *
 * ## Why it matters
 * The block is the guard rail that stops a later ACL or bucket policy from making data public. A
 * single flag left false is enough for a careless `PublicRead` ACL or `Principal: "*"` policy to
 * expose every object. New buckets get all four flags by default, so an explicit `false` is a
 * deliberate opening that deserves review.
 *
 * ## Example
 * ```yaml
 * Reports:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     PublicAccessBlockConfiguration:
 *       BlockPublicAcls: false
 * ```
 *
 * ## Use instead
 * ```yaml
 * Reports:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     PublicAccessBlockConfiguration:
 *       BlockPublicAcls: true
 *       BlockPublicPolicy: true
 *       IgnorePublicAcls: true
 *       RestrictPublicBuckets: true
 * ```
 *
 * ## Fix safety
 * Adding the missing configuration with all four flags true is safe: it is what S3 applies to new
 * buckets anyway. Turning an explicit `false` into `true` is unsafe: a bucket that serves public
 * content on purpose stops doing so.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-publicaccessblockconfiguration.html
 */
export default defineRule({
  meta: {
    id: 'SW1002',
    name: 's3-bucket-public-access-not-blocked',
    family: 's3',
    category: 'public-access',
    severity: 'high',
    description: 'S3 bucket does not block public access with all four PublicAccessBlockConfiguration flags',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'S3 bucket {{bucket}} does not declare PublicAccessBlockConfiguration: it relies on S3 defaults (all four blocks on for buckets created since April 2023) that a later change can turn off',
      flagOff: 'S3 bucket {{bucket}} sets {{flag}} to false: public access is not blocked',
      flagMissing: 'S3 bucket {{bucket}} PublicAccessBlockConfiguration omits {{flag}} (it defaults to false)',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
    equivalents: { checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'], trivy: ['AVD-AWS-0086', 'AVD-AWS-0087', 'AVD-AWS-0091', 'AVD-AWS-0093'], securityHub: ['S3.8'], cis: ['2.1.4'] },
    cdk: 'blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL',
  },
  resource: {
    types: ['AWS::S3::Bucket'],
    check(ctx) {
      const bucket = ctx.resource.logicalId;
      const all = Object.fromEntries(FLAGS.map((f) => [f, true]));
      for (const v of ctx.prop('PublicAccessBlockConfiguration')) {
        if (v.missing) {
          const simple = v.conditions.length === 0 && !ctx.resource.properties?.has('PublicAccessBlockConfiguration');
          ctx.report({
            at: v,
            messageId: 'missing',
            // S3 blocks public access on new buckets by default: an omission is weaker evidence than an explicit false.
            severity: 'low',
            data: { bucket },
            fixes: simple ? helpers.fix('Block all public access (all four flags true)', 'safe', helpers.setProperty(ctx.resource, 'PublicAccessBlockConfiguration', all)) : undefined,
          });
          continue;
        }
        for (const flag of FLAGS) {
          for (const f of ctx.lookup(v, flag)) {
            if (f.missing) {
              ctx.report({ at: f, messageId: 'flagMissing', data: { bucket, flag }, fixes: f.conditions.length === 0 ? helpers.fix(`Set ${flag}: true`, 'unsafe', helpers.setAt(ctx, f, flag, true)) : undefined });
            } else if (ctx.bool(f) === 'false') {
              ctx.report({ at: f, messageId: 'flagOff', data: { bucket, flag }, fixes: f.viaParameter ? undefined : helpers.fix(`Set ${flag}: true`, 'unsafe', helpers.setAt(ctx, f, flag, true)) });
            }
          }
        }
      }
    },
  },
});
