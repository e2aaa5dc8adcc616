import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an encrypted `AWS::EFS::FileSystem` (`Encrypted: true`) without a `KmsKeyId`, or with the AWS
 * managed `alias/aws/elasticfilesystem` key. Unencrypted file systems are reported by
 * `efs-file-system-unencrypted` instead.
 *
 * ## Why it matters
 * Without `KmsKeyId` EFS uses the AWS managed key, whose policy lets any principal in the account that
 * can use EFS decrypt. A customer managed key adds a key policy you control and lets you revoke access
 * by disabling the key. The data is encrypted either way: low severity.
 *
 * ## Example
 * ```yaml
 * Shared:
 *   Type: AWS::EFS::FileSystem
 *   Properties:
 *     Encrypted: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Shared:
 *   Type: AWS::EFS::FileSystem
 *   Properties:
 *     Encrypted: true
 *     KmsKeyId: !GetAtt FsKey.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: a key is needed, and changing `KmsKeyId` replaces the file system.
 *
 * ## References
 * - https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-efs-filesystem.html
 */
export default defineRule({
  meta: {
    id: 'SW5039',
    name: 'efs-file-system-without-customer-key',
    family: 'efs',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'Encrypted EFS file system does not use a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'EFS file system {{fs}} sets no KmsKeyId: it is encrypted with the AWS managed key aws/elasticfilesystem',
      awsManaged: 'EFS file system {{fs}} uses the AWS managed key {{key}}: use a customer managed key',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html'],
    equivalents: {},
    cdk: 'kmsKey: key',
  },
  resource: {
    types: ['AWS::EFS::FileSystem'],
    check(ctx) {
      if (!ctx.prop('Encrypted').every((v) => ctx.bool(v) === 'true')) return;
      requireCustomerKey(ctx, 'KmsKeyId', { missing: 'missing', awsManaged: 'awsManaged' }, { fs: ctx.resource.logicalId });
    },
  },
});
