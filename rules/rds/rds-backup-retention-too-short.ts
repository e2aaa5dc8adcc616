import { defineRule, helpers } from '../api';
import { dbKind, fixable, isAuroraMember, isReadReplica } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an RDS DB instance or DB cluster that keeps automated backups for fewer than 7 days
 * (option `minDays`), including one that leaves `BackupRetentionPeriod` out and so gets RDS's
 * one-day default. A retention of 0 (backups off) is reported by `rds-automated-backups-disabled`
 * instead. Aurora member instances and read replicas are skipped.
 *
 * ## Why it matters
 * Problems are often noticed days later: a silent data corruption, a bad migration found on Monday,
 * a compromise discovered after a weekend. With one day of backups, the last good state is already
 * gone.
 *
 * ## Example
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     DBInstanceClass: db.t4g.micro
 * ```
 *
 * ## Use instead
 * ```yaml
 *     BackupRetentionPeriod: 7
 * ```
 *
 * ## Fix safety
 * Safe: raising a non-zero retention period is applied in place without an outage; backup storage
 * beyond the database size is charged.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html#USER_WorkingWithAutomatedBackups.BackupRetention
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5703',
    name: 'rds-backup-retention-too-short',
    family: 'rds',
    category: 'resilience',
    severity: 'low',
    description: 'RDS instance or DB cluster keeps automated backups for less than a week',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: '{{kind}} {{db}} does not set BackupRetentionPeriod: RDS keeps backups for only 1 day (at least {{min}} recommended)',
      short: '{{kind}} {{db}} keeps backups for {{days}} day(s): at least {{min}} recommended',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
    equivalents: { guard: ['DB_INSTANCE_BACKUP_ENABLED'], securityHub: ['RDS.11', 'RDS.26'] },
    cdk: 'backupRetention: Duration.days(7)',
    options: { minDays: 7 },
  },
  resource: {
    types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    check(ctx) {
      if (ctx.resource.type === 'AWS::RDS::DBInstance' && (isAuroraMember(ctx) || isReadReplica(ctx))) return;
      const min = typeof ctx.options.minDays === 'number' ? ctx.options.minDays : 7;
      const data = { db: ctx.resource.logicalId, kind: dbKind(ctx), min };
      for (const v of ctx.prop('BackupRetentionPeriod')) {
        const fixes = fixable(v) ? helpers.fix(`Set BackupRetentionPeriod: ${min}`, 'safe', helpers.setAt(ctx, v, 'BackupRetentionPeriod', min)) : undefined;
        if (v.missing) {
          ctx.report({ at: v, messageId: 'missing', data, fixes });
          continue;
        }
        const days = helpers.asNumber(ctx.value(v));
        if (days === undefined || days === 0 || days >= min) continue;
        ctx.report({ at: v, messageId: 'short', data: { ...data, days }, fixes });
      }
    },
  },
});
