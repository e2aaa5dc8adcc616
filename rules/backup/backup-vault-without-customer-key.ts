import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::Backup::BackupVault` without an `EncryptionKeyArn`, or with an `alias/aws/...` AWS
 * managed key.
 *
 * ## Why it matters
 * Recovery points in the vault are encrypted either way; without `EncryptionKeyArn` AWS Backup uses the
 * AWS managed `aws/backup` key for backups it encrypts itself. A customer managed key lets you copy
 * backups across accounts, restrict restores by key policy, and keep control if the account is
 * compromised. Low severity.
 *
 * ## Example
 * ```yaml
 * Vault:
 *   Type: AWS::Backup::BackupVault
 *   Properties:
 *     BackupVaultName: prod
 * ```
 *
 * ## Use instead
 * ```yaml
 * Vault:
 *   Type: AWS::Backup::BackupVault
 *   Properties:
 *     BackupVaultName: prod
 *     EncryptionKeyArn: !GetAtt BackupKey.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: a vault's key cannot be changed, so the vault is replaced and existing recovery
 * points stay in the old vault.
 *
 * ## References
 * - https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-backup-backupvault.html
 */
export default defineRule({
  meta: {
    id: 'SW5032',
    name: 'backup-vault-without-customer-key',
    family: 'backup',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'Backup vault does not use a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Backup vault {{vault}} sets no EncryptionKeyArn: recovery points use the AWS managed key aws/backup',
      awsManaged: 'Backup vault {{vault}} uses the AWS managed key {{key}}: use a customer managed key',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html'],
    equivalents: { checkov: ['CKV_AWS_166'] },
    cdk: 'encryptionKey: key',
  },
  resource: {
    types: ['AWS::Backup::BackupVault'],
    check(ctx) {
      requireCustomerKey(ctx, 'EncryptionKeyArn', { missing: 'missing', awsManaged: 'awsManaged' }, { vault: ctx.resource.logicalId });
    },
  },
});
