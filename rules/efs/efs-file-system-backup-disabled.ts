import { defineRule, helpers } from '../api';
import { fixable, mentions } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an EFS file system without automatic backups: `BackupPolicy.Status` is `DISABLED`, or
 * `BackupPolicy` is missing on a Regional file system (the CreateFileSystem API turns automatic
 * backups on by default only for One Zone file systems, those with `AvailabilityZoneName`). A file
 * system that an `AWS::Backup::BackupSelection` in the template names is covered by that backup plan
 * and is not reported.
 *
 * ## Why it matters
 * EFS replicates data within a region but keeps no history: a `rm -rf`, an application bug or
 * ransomware that encrypts the share is applied everywhere at once. Daily backups in AWS Backup are
 * the way back.
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
 *     BackupPolicy:
 *       Status: ENABLED
 * ```
 *
 * ## Fix safety
 * Safe: automatic backups are switched on in place, with no interruption; backup storage is charged.
 *
 * ## References
 * - https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html#automatic-backups
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-efs-filesystem-backuppolicy.html
 */
export default defineRule({
  meta: {
    id: 'SW5716',
    name: 'efs-file-system-backup-disabled',
    family: 'efs',
    category: 'resilience',
    severity: 'medium',
    description: 'EFS file system has no automatic backups',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      missing: 'EFS file system {{fs}} has no BackupPolicy: automatic daily backups are off for Regional file systems',
      disabled: 'EFS file system {{fs}} sets BackupPolicy.Status to DISABLED: there are no automatic backups',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html#automatic-backups'],
    equivalents: { checkov: ['CKV2_AWS_18'], guard: ['EFS_IN_BACKUP_PLAN'], securityHub: ['EFS.2'] },
    cdk: 'enableAutomaticBackups: true',
  },
  resource: {
    types: ['AWS::EFS::FileSystem'],
    check(ctx) {
      const fsr = ctx.resource;
      if (ctx.referrers(fsr, 'AWS::Backup::BackupSelection').some((s) => mentions(ctx, s.properties, fsr))) return;
      const oneZone = fsr.properties?.has('AvailabilityZoneName');
      for (const v of ctx.prop('BackupPolicy.Status')) {
        const top = v.missing && (v.at === fsr.node || v.at === fsr.properties);
        const edit = top ? helpers.setProperty(fsr, 'BackupPolicy', { Status: 'ENABLED' }) : helpers.setAt(ctx, v, 'Status', 'ENABLED');
        const fixes = fixable(v) ? helpers.fix('Enable automatic backups', 'safe', edit) : undefined;
        if (v.missing) {
          if (!oneZone) ctx.report({ at: v, messageId: 'missing', data: { fs: fsr.logicalId }, fixes });
        } else if (ctx.value(v) === 'DISABLED') ctx.report({ at: v, messageId: 'disabled', data: { fs: fsr.logicalId }, fixes });
      }
    },
  },
});
