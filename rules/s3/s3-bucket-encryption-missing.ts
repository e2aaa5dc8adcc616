import { type Json, defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an S3 bucket without a `BucketEncryption` configuration, or with one whose rules set no
 * server-side encryption algorithm.
 *
 * ## Why it matters
 * Amazon S3 applies SSE-S3 to new objects by default since January 2023, but an explicit configuration
 * documents the intent, survives account-level changes, and is what auditors (Security Hub S3.4, CIS)
 * check. Choosing SSE-KMS also gives you key policies and CloudTrail records of every decrypt.
 *
 * ## Example
 * ```yaml
 * Uploads:
 *   Type: AWS::S3::Bucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * Uploads:
 *   Type: AWS::S3::Bucket
 *   Properties:
 *     BucketEncryption:
 *       ServerSideEncryptionConfiguration:
 *         - ServerSideEncryptionByDefault:
 *             SSEAlgorithm: AES256
 * ```
 *
 * ## Fix safety
 * Adding SSE-S3 (AES256) is safe: it matches what S3 already does and needs no key permissions. The
 * SSE-KMS variant is unsafe: it adds a `BucketKmsKeyArn` parameter that deployments must pass, and
 * readers then need kms:Decrypt on that key.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-bucketencryption.html
 * - https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW1001',
    name: 's3-bucket-encryption-missing',
    family: 's3',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'S3 bucket has no default server-side encryption configuration',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'S3 bucket {{bucket}} has no BucketEncryption: it relies on S3 default SSE-S3; declare it (SSE-S3 or SSE-KMS) so audits and later changes see it',
      noAlgorithm: 'S3 bucket {{bucket}} encryption rule sets no SSEAlgorithm',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-bucketencryption.html'],
    equivalents: { checkov: ['CKV_AWS_19'], cfnNag: ['W41'], guard: ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'], trivy: ['AVD-AWS-0088'], securityHub: ['S3.4'] },
    cdk: 'encryption: s3.BucketEncryption.S3_MANAGED',
  },
  resource: {
    types: ['AWS::S3::Bucket'],
    check(ctx) {
      const bucket = ctx.resource.logicalId;
      for (const v of ctx.prop('BucketEncryption.ServerSideEncryptionConfiguration')) {
        if (v.missing) {
          const sse = (alg: string, kms?: boolean): Json => ({
            ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: kms ? { SSEAlgorithm: alg, KMSMasterKeyID: { Ref: 'BucketKmsKeyArn' } } : { SSEAlgorithm: alg } }],
          });
          // Only offer a fix when the whole BucketEncryption is absent (not inside a Fn::If branch).
          const simple = v.conditions.length === 0 && !ctx.resource.properties?.has('BucketEncryption');
          ctx.report({
            at: v,
            messageId: 'missing',
            data: { bucket },
            fixes: simple
              ? [
                  ...(helpers.fix('Add SSE-S3 default encryption (AES256)', 'safe', helpers.setProperty(ctx.resource, 'BucketEncryption', sse('AES256'))) ?? []),
                  ...(helpers.fix(
                    'Add SSE-KMS default encryption with a customer-managed key (new parameter BucketKmsKeyArn)',
                    'unsafe',
                    { op: 'add-top-level', section: 'Parameters', key: 'BucketKmsKeyArn', value: { Type: 'String', Description: 'ARN of the customer-managed KMS key for bucket encryption' } },
                    helpers.setProperty(ctx.resource, 'BucketEncryption', sse('aws:kms', true)),
                  ) ?? []),
                ]
              : undefined,
          });
          continue;
        }
        for (const rule of ctx.lookup(v, '*')) {
          if (rule.missing) continue;
          for (const alg of ctx.lookup(rule, 'ServerSideEncryptionByDefault.SSEAlgorithm')) {
            if (alg.missing) ctx.report({ at: alg, messageId: 'noAlgorithm', data: { bucket } });
          }
        }
      }
    },
  },
});
