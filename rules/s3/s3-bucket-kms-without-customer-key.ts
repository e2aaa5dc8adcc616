import { defineRule } from '../api';
import { keyKind, keyText, lowerString } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an S3 bucket whose default encryption is SSE-KMS (`aws:kms` or `aws:kms:dsse`) but names no
 * `KMSMasterKeyID`, or names the AWS managed `alias/aws/s3` key. Buckets using SSE-S3 (`AES256`) are not
 * reported: choosing SSE-KMS signals that key control was wanted.
 *
 * ## Why it matters
 * SSE-KMS without a customer managed key uses `aws/s3`, whose key policy lets any principal in the
 * account with S3 access decrypt. That gives none of the separation SSE-KMS is usually chosen for, and
 * objects cannot be shared with other accounts. The objects are encrypted either way: informational.
 *
 * ## Example
 * ```yaml
 * Reports:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     BucketEncryption:
 *       ServerSideEncryptionConfiguration:
 *         - ServerSideEncryptionByDefault:
 *             SSEAlgorithm: aws:kms
 * ```
 *
 * ## Use instead
 * ```yaml
 * Reports:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     BucketEncryption:
 *       ServerSideEncryptionConfiguration:
 *         - ServerSideEncryptionByDefault:
 *             SSEAlgorithm: aws:kms
 *             KMSMasterKeyID: !GetAtt ReportsKey.Arn
 *           BucketKeyEnabled: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: readers and writers of the bucket need permissions on the new key; existing objects
 * keep their old key until rewritten.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-serversideencryptionbydefault.html
 */
export default defineRule({
  meta: {
    id: 'SW5025',
    name: 's3-bucket-kms-without-customer-key',
    family: 's3',
    category: 'encryption-at-rest',
    severity: 'info',
    description: 'S3 bucket uses SSE-KMS with the AWS managed key instead of a customer managed key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'S3 bucket {{bucket}} uses SSE-KMS without KMSMasterKeyID: objects are encrypted with the AWS managed key aws/s3',
      awsManaged: 'S3 bucket {{bucket}} uses SSE-KMS with the AWS managed key {{key}}: use a customer managed key to control access',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html'],
    equivalents: { checkov: ['CKV_AWS_145'], trivy: ['AVD-AWS-0132'] },
    cdk: 'encryption: s3.BucketEncryption.KMS, encryptionKey: key',
  },
  resource: {
    types: ['AWS::S3::Bucket'],
    check(ctx) {
      const bucket = ctx.resource.logicalId;
      for (const rule of ctx.prop('BucketEncryption.ServerSideEncryptionConfiguration.*')) {
        if (rule.missing) continue;
        for (const byDefault of ctx.lookup(rule.node, 'ServerSideEncryptionByDefault')) {
          if (byDefault.missing) continue;
          const kms = ctx.lookup(byDefault.node, 'SSEAlgorithm').some((a) => (lowerString(ctx, a) ?? '').startsWith('aws:kms'));
          if (!kms) continue;
          const conditions = [...rule.conditions, ...byDefault.conditions];
          for (const k of ctx.lookup(byDefault.node, 'KMSMasterKeyID')) {
            const kind = keyKind(ctx, k);
            if (kind === 'empty') ctx.report({ at: k, messageId: 'missing', data: { bucket }, conditions });
            else if (kind === 'aws-managed') ctx.report({ at: k, messageId: 'awsManaged', data: { bucket, key: keyText(ctx, k) }, conditions });
          }
        }
      }
    },
  },
});
