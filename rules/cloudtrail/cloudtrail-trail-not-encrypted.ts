import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::CloudTrail::Trail` without a `KMSKeyId`, so its log files are not encrypted with
 * SSE-KMS.
 *
 * ## Why it matters
 * Without `KMSKeyId` CloudTrail log files are encrypted only with SSE-S3 in the bucket. With a KMS key,
 * reading the audit trail also requires kms:Decrypt on a key whose policy you control, which protects
 * the record of everything that happened in the account from anyone who merely gains read access to
 * the log bucket. CIS and Security Hub both require it.
 *
 * ## Example
 * ```yaml
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: true
 *     S3BucketName: !Ref TrailBucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: true
 *     S3BucketName: !Ref TrailBucket
 *     KMSKeyId: !GetAtt TrailKey.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: the key policy must allow cloudtrail.amazonaws.com to GenerateDataKey* and every
 * reader of the logs (including Athena or SIEM integrations) to decrypt.
 *
 * ## References
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html
 */
export default defineRule({
  meta: {
    id: 'SW5029',
    name: 'cloudtrail-trail-not-encrypted',
    family: 'cloudtrail',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'CloudTrail trail log files are not encrypted with a KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'CloudTrail trail {{trail}} sets no KMSKeyId: its log files are not encrypted with SSE-KMS',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
    equivalents: { checkov: ['CKV_AWS_35'], guard: ['CLOUD_TRAIL_ENCRYPTION_ENABLED'], trivy: ['AVD-AWS-0015'], securityHub: ['CloudTrail.2'], cis: ['3.5'] },
    cdk: 'encryptionKey: key',
  },
  resource: {
    types: ['AWS::CloudTrail::Trail'],
    check(ctx) {
      requireCustomerKey(ctx, 'KMSKeyId', { missing: 'missing' }, { trail: ctx.resource.logicalId });
    },
  },
});
