import { defineRule } from '../api';
import { keyKind, lowerString } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::ECR::Repository` that does not encrypt images with a customer managed KMS key: no
 * `EncryptionConfiguration` or `EncryptionType: AES256` (S3-managed keys), or `KMS` without a `KmsKey`
 * (the AWS managed `aws/ecr` key).
 *
 * ## Why it matters
 * Images are always encrypted at rest. A customer managed key adds a key policy over who can pull
 * layers and an audit trail of key use, which some compliance regimes require for images that embed
 * proprietary code. Informational.
 *
 * ## Example
 * ```yaml
 * Images:
 *   Type: AWS::ECR::Repository
 *   Properties:
 *     RepositoryName: app
 * ```
 *
 * ## Use instead
 * ```yaml
 * Images:
 *   Type: AWS::ECR::Repository
 *   Properties:
 *     RepositoryName: app
 *     EncryptionConfiguration:
 *       EncryptionType: KMS
 *       KmsKey: !GetAtt ImagesKey.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: the encryption configuration cannot be changed after creation, so the repository
 * (and its images) would be replaced.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html
 */
export default defineRule({
  meta: {
    id: 'SW5041',
    name: 'ecr-repository-without-customer-key',
    family: 'ecr',
    category: 'encryption-at-rest',
    severity: 'info',
    description: 'ECR repository images are not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'ECR repository {{repo}} sets no EncryptionConfiguration: images use S3-managed encryption (AES256)',
      aes: 'ECR repository {{repo}} uses EncryptionType AES256: images are not encrypted with a KMS key you control',
      noKey: 'ECR repository {{repo}} uses KMS without a KmsKey: images use the AWS managed key aws/ecr',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html'],
    equivalents: { checkov: ['CKV_AWS_136'], trivy: ['AVD-AWS-0033'] },
    cdk: 'encryption: ecr.RepositoryEncryption.KMS, encryptionKey: key',
  },
  resource: {
    types: ['AWS::ECR::Repository'],
    check(ctx) {
      const repo = ctx.resource.logicalId;
      for (const cfg of ctx.prop('EncryptionConfiguration')) {
        if (cfg.missing) {
          ctx.report({ at: cfg, messageId: 'missing', data: { repo } });
          continue;
        }
        for (const t of ctx.lookup(cfg.node, 'EncryptionType')) {
          const type = lowerString(ctx, t);
          if (type === 'aes256') ctx.report({ at: t, messageId: 'aes', data: { repo }, conditions: cfg.conditions });
          if (type !== 'kms' && type !== 'kms_dsse') continue;
          for (const k of ctx.lookup(cfg.node, 'KmsKey')) {
            const kind = keyKind(ctx, k);
            if (kind === 'empty' || kind === 'aws-managed') ctx.report({ at: k, messageId: 'noKey', data: { repo }, conditions: cfg.conditions });
          }
        }
      }
    },
  },
});
