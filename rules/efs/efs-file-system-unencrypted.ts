import { defineRule } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::EFS::FileSystem` whose `Encrypted` property is missing or false.
 *
 * ## Why it matters
 * An EFS file system created through CloudFormation without `Encrypted: true` stores its files,
 * metadata and backups unencrypted: the API default is unencrypted, even though the console and the
 * CDK L2 construct encrypt by default. Encryption can only be chosen when the file system is created.
 *
 * ## Example
 * ```yaml
 * Shared:
 *   Type: AWS::EFS::FileSystem
 *   Properties:
 *     PerformanceMode: generalPurpose
 * ```
 *
 * ## Use instead
 * ```yaml
 * Shared:
 *   Type: AWS::EFS::FileSystem
 *   Properties:
 *     PerformanceMode: generalPurpose
 *     Encrypted: true
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `Encrypted` replaces the file system, and the new one starts empty. Copy the data
 * (AWS DataSync, or a restore from AWS Backup into an encrypted file system) before switching.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-efs-filesystem.html
 * - https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html
 */
export default defineRule({
  meta: {
    id: 'SW5006',
    name: 'efs-file-system-unencrypted',
    family: 'efs',
    category: 'encryption-at-rest',
    severity: 'high',
    description: 'EFS file system is not encrypted at rest',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'EFS file system {{fs}} does not set Encrypted: files, metadata and backups are stored unencrypted',
      isFalse: 'EFS file system {{fs}} sets Encrypted to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html'],
    equivalents: { checkov: ['CKV_AWS_42'], cfnNag: ['F32'], guard: ['EFS_ENCRYPTED_CHECK'], trivy: ['AVD-AWS-0037'], securityHub: ['EFS.1'], cis: ['2.4.1'] },
    cdk: 'encrypted: true',
  },
  resource: {
    types: ['AWS::EFS::FileSystem'],
    check(ctx) {
      requireEnabled(ctx, 'Encrypted', { missing: 'missing', isFalse: 'isFalse', data: { fs: ctx.resource.logicalId }, fixTitle: 'Set Encrypted: true (replaces the file system)' });
    },
  },
});
