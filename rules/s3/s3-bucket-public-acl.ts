import { defineRule, helpers } from '../api';

const PUBLIC_ACLS: Readonly<Record<string, string>> = {
  PublicRead: 'lets anyone on the internet list and read its objects',
  PublicReadWrite: 'lets anyone on the internet read, write and delete its objects',
  AuthenticatedRead: 'lets any AWS account in the world read its objects',
};

/**
 * ## What it does
 * Flags an S3 bucket whose canned `AccessControl` ACL is `PublicRead`, `PublicReadWrite` or
 * `AuthenticatedRead`. A bucket that also sets `IgnorePublicAcls: true` is not flagged: S3 ignores the
 * ACL. A bucket with a `WebsiteConfiguration` is still flagged, with a hint to serve the site through
 * CloudFront instead.
 *
 * ## Why it matters
 * `PublicReadWrite` lets anyone upload, overwrite and delete objects (and you pay for the storage);
 * `PublicRead` and `AuthenticatedRead` ("any AWS account", which anyone can create) publish every
 * object. Public buckets are a leading cause of data leaks.
 *
 * ## Example
 * ```yaml
 * Assets:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     AccessControl: PublicRead
 * ```
 *
 * ## Use instead
 * ```yaml
 * Assets:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     AccessControl: Private
 *     # serve public content through CloudFront with origin access control
 * ```
 *
 * ## Fix safety
 * Unsafe: setting `AccessControl: Private` stops anonymous reads (and writes), which breaks a site or
 * download link that relies on them.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-s3-bucket.html
 * - https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
 */
export default defineRule({
  meta: {
    id: 'SW5400',
    name: 's3-bucket-public-acl',
    family: 's3',
    category: 'public-access',
    severity: 'high',
    description: 'S3 bucket has a public canned ACL (PublicRead, PublicReadWrite or AuthenticatedRead)',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      publicAcl: 'S3 bucket {{bucket}} has AccessControl {{acl}}, which {{effect}}',
      website: 'S3 bucket {{bucket}} has AccessControl {{acl}} to host a website, which {{effect}}: serve the site through CloudFront with origin access control instead',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl'],
    equivalents: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], cfnNag: ['W31', 'F14'], guard: ['S3_BUCKET_PUBLIC_READ_PROHIBITED', 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED'], trivy: ['AVD-AWS-0092'], securityHub: ['S3.2', 'S3.3'] },
    cdk: 'accessControl: s3.BucketAccessControl.PRIVATE',
  },
  resource: {
    types: ['AWS::S3::Bucket'],
    check(ctx) {
      const bucket = ctx.resource.logicalId;
      // With IgnorePublicAcls S3 disregards public ACLs: the ACL grants nothing.
      const ignore = ctx.prop('PublicAccessBlockConfiguration.IgnorePublicAcls');
      if (ignore.every((v) => ctx.bool(v) === 'true')) return;
      const website = ctx.resource.properties?.has('WebsiteConfiguration') ?? false;
      for (const v of ctx.prop('AccessControl')) {
        if (v.missing) continue;
        const acl = helpers.asString(ctx.value(v));
        const effect = acl ? PUBLIC_ACLS[acl] : undefined;
        if (!acl || !effect) continue;
        ctx.report({
          at: v,
          messageId: website ? 'website' : 'publicAcl',
          data: { bucket, acl, effect },
          fixes: v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set AccessControl: Private (stops public access)', 'unsafe', helpers.setAt(ctx, v, 'AccessControl', 'Private')),
        });
      }
    },
  },
});
