import { defineRule, isSeq } from '../api';
import { dbKind, isAuroraMember } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an RDS DB instance or DB cluster whose `EnableCloudwatchLogsExports` is missing or empty, so
 * none of its database logs (error, general, slow query, audit, postgresql…) reach CloudWatch Logs.
 * Aurora member instances are skipped: Aurora exports logs from the cluster.
 *
 * ## Why it matters
 * Database logs show failed logins, privilege changes and unusual queries. Left inside the instance
 * they rotate away within days, cannot be searched across instances, and disappear with the
 * instance; exported, they can be retained, alarmed on and kept out of reach of a database admin.
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
 *     EnableCloudwatchLogsExports: [postgresql, upgrade]
 * ```
 *
 * ## Fix safety
 * No automatic fix: the valid log types depend on the engine (MySQL: error, general, slowquery,
 * audit; PostgreSQL: postgresql, upgrade; SQL Server: error, agent; Oracle: alert, audit, trace,
 * listener).
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5614',
    name: 'rds-cloudwatch-logs-exports-missing',
    family: 'rds',
    category: 'logging',
    severity: 'low',
    description: 'RDS instance or DB cluster exports no database logs to CloudWatch Logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: '{{kind}} {{db}} does not set EnableCloudwatchLogsExports: its database logs stay on the instance and rotate away',
      empty: '{{kind}} {{db}} sets EnableCloudwatchLogsExports to an empty list: no database logs are exported',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html'],
    equivalents: { checkov: ['CKV_AWS_129'], guard: ['RDS_LOGGING_ENABLED'], securityHub: ['RDS.9'] },
    cdk: "cloudwatchLogsExports: ['postgresql']",
  },
  resource: {
    types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    check(ctx) {
      if (ctx.resource.type === 'AWS::RDS::DBInstance' && isAuroraMember(ctx)) return;
      const data = { db: ctx.resource.logicalId, kind: dbKind(ctx) };
      for (const v of ctx.prop('EnableCloudwatchLogsExports')) {
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data });
        else if (isSeq(v.node) && v.node.items.length === 0) ctx.report({ at: v, messageId: 'empty', data });
      }
    },
  },
});
