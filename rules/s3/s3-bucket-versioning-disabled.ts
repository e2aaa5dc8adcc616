import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an S3 bucket whose `VersioningConfiguration.Status` is missing or `Suspended`.
 *
 * ## Why it matters
 * Without versioning an overwrite or delete is final: a buggy deployment, a compromised credential or
 * ransomware that rewrites objects destroys the only copy. Versioning keeps prior versions so they
 * can be restored, and it is a prerequisite for replication and Object Lock.
 *
 * ## Example
 * ```yaml
 * Documents:
 *   Type: AWS::S3::Bucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * Documents:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     VersioningConfiguration:
 *       Status: Enabled
 *     LifecycleConfiguration:
 *       Rules:
 *         - Id: expire-old-versions
 *           Status: Enabled
 *           NoncurrentVersionExpiration: { NoncurrentDays: 90 }
 * ```
 *
 * ## Fix safety
 * Unsafe: once enabled, versioning can only be suspended, never removed, and old versions are billed
 * until a lifecycle rule expires them.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-versioningconfiguration.html
 */
export default defineRule({
  meta: {
    id: 'SW5708',
    name: 's3-bucket-versioning-disabled',
    family: 's3',
    category: 'resilience',
    severity: 'low',
    description: 'S3 bucket does not keep previous object versions',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'S3 bucket {{bucket}} has no VersioningConfiguration: overwritten or deleted objects cannot be recovered',
      suspended: 'S3 bucket {{bucket}} sets versioning to Suspended: overwritten or deleted objects cannot be recovered',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html'],
    equivalents: { checkov: ['CKV_AWS_21'], guard: ['S3_BUCKET_VERSIONING_ENABLED'], trivy: ['AVD-AWS-0090'], securityHub: ['S3.14'] },
    cdk: 'versioned: true',
  },
  resource: {
    types: ['AWS::S3::Bucket'],
    check(ctx) {
      const bucket = ctx.resource.logicalId;
      for (const v of ctx.prop('VersioningConfiguration.Status')) {
        const top = v.missing && (v.at === ctx.resource.node || v.at === ctx.resource.properties);
        const edit = top ? helpers.setProperty(ctx.resource, 'VersioningConfiguration', { Status: 'Enabled' }) : helpers.setAt(ctx, v, 'Status', 'Enabled');
        const fixes = fixable(v) ? helpers.fix('Enable versioning', 'unsafe', edit) : undefined;
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { bucket }, fixes });
        else if (ctx.value(v) === 'Suspended') ctx.report({ at: v, messageId: 'suspended', data: { bucket }, fixes });
      }
    },
  },
});
