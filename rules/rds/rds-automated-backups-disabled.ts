import { defineRule, helpers } from '../api';
import { fixable, isAuroraMember, isReadReplica } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an RDS DB instance whose `BackupRetentionPeriod` is 0, which turns automated backups off.
 * Aurora member instances (backups belong to the cluster, whose retention is at least one day) and
 * read replicas (the source instance holds the backups) are skipped. A missing value is not reported here: RDS then keeps one day of backups (see
 * `rds-backup-retention-too-short`).
 *
 * ## Why it matters
 * With automated backups off there is no point-in-time restore and no daily snapshot: a dropped
 * table, a corrupted volume or ransomware leaves nothing to restore from. Read replicas of MySQL and
 * MariaDB cannot even be created from an instance without backups.
 *
 * ## Example
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     DBInstanceClass: db.t4g.micro
 *     BackupRetentionPeriod: 0
 * ```
 *
 * ## Use instead
 * ```yaml
 *     BackupRetentionPeriod: 7
 * ```
 *
 * ## Fix safety
 * Unsafe: changing the retention period from 0 to a positive number makes RDS take the instance
 * through a brief outage while the first backup is set up.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5701',
    name: 'rds-automated-backups-disabled',
    family: 'rds',
    category: 'resilience',
    severity: 'medium',
    description: 'RDS instance has automated backups turned off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      zero: 'RDS instance {{db}} sets BackupRetentionPeriod to 0: automated backups and point-in-time restore are off',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
    equivalents: { checkov: ['CKV_AWS_133'], cfnNag: ['W75'], guard: ['DB_INSTANCE_BACKUP_ENABLED'], securityHub: ['RDS.11'] },
    cdk: 'backupRetention: Duration.days(7)',
  },
  resource: {
    types: ['AWS::RDS::DBInstance'],
    check(ctx) {
      // Read replicas run without backups by default; the source instance holds them.
      if (isAuroraMember(ctx) || isReadReplica(ctx)) return;
      for (const v of ctx.prop('BackupRetentionPeriod')) {
        if (v.missing || helpers.asNumber(ctx.value(v)) !== 0) continue;
        ctx.report({ at: v, messageId: 'zero', data: { db: ctx.resource.logicalId }, fixes: fixable(v) ? helpers.fix('Set BackupRetentionPeriod: 7 (brief outage)', 'unsafe', helpers.setAt(ctx, v, 'BackupRetentionPeriod', 7)) : undefined });
      }
    },
  },
});
