import { defineRule } from '../api';

const FLAGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;

/**
 * ## What it does
 * In an account scan, flags an account whose account-level S3 Block Public Access is not configured,
 * or has any of its four settings off (from `s3control:GetPublicAccessBlock`).
 *
 * ## Why it matters
 * The account-level block is the one switch that stops every bucket in the account — including ones
 * created by hand or by tools that forget the bucket-level block — from being made public.
 *
 * ## Example
 * ```yaml
 * S3AccountPublicAccessBlock:
 *   Type: Shieldwall::S3::AccountPublicAccessBlock
 *   Properties:
 *     Configured: false
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Configured: true
 *     BlockPublicAcls: true
 *     IgnorePublicAcls: true
 *     BlockPublicPolicy: true
 *     RestrictPublicBuckets: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: turning the block on can stop intentionally public buckets from serving content.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html
 */
export default defineRule({
  meta: {
    id: 'SW6006',
    name: 'account-s3-public-access-block-off',
    family: 'account',
    category: 'public-access',
    severity: 'high',
    description: 'Account-level S3 Block Public Access is off or incomplete',
    appliesTo: ['account'],
    messages: {
      missing: 'Account-level S3 Block Public Access is not configured: any bucket can be made public',
      flagOff: 'Account-level S3 Block Public Access has {{flag}} off',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html'],
    equivalents: { securityHub: ['S3.1'], cis: ['2.1.4'] },
  },
  resource: {
    types: ['Shieldwall::S3::AccountPublicAccessBlock'],
    check(ctx) {
      for (const v of ctx.prop('Configured')) {
        if (!v.missing && ctx.bool(v) === 'false') {
          ctx.report({ at: v, messageId: 'missing' });
          return;
        }
      }
      for (const flag of FLAGS) for (const v of ctx.prop(flag)) if (!v.missing && ctx.bool(v) === 'false') ctx.report({ at: v, messageId: 'flagOff', data: { flag } });
    },
  },
});
