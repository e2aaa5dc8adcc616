import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an RDS DB instance whose `MonitoringInterval` is missing or 0, which leaves Enhanced
 * Monitoring off.
 *
 * ## Why it matters
 * Standard CloudWatch metrics come from the hypervisor once a minute. Enhanced Monitoring adds
 * operating-system metrics (per-process CPU and memory, file system, swap) at up to one-second
 * granularity, which is what you need to tell a runaway query from a noisy neighbour or an
 * exhausted disk during an incident.
 *
 * ## Example
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     DBInstanceClass: db.m6g.large
 * ```
 *
 * ## Use instead
 * ```yaml
 *     MonitoringInterval: 60
 *     MonitoringRoleArn: !GetAtt RdsMonitoringRole.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: Enhanced Monitoring needs a role trusted by `monitoring.rds.amazonaws.com`.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5615',
    name: 'rds-enhanced-monitoring-disabled',
    family: 'rds',
    category: 'logging',
    severity: 'info',
    description: 'RDS instance has Enhanced Monitoring off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'RDS instance {{db}} does not set MonitoringInterval: Enhanced Monitoring (OS metrics) is off',
      zero: 'RDS instance {{db}} sets MonitoringInterval to 0: Enhanced Monitoring (OS metrics) is off',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html'],
    equivalents: { checkov: ['CKV_AWS_118'], guard: ['RDS_ENHANCED_MONITORING_ENABLED'], securityHub: ['RDS.6'] },
    cdk: 'monitoringInterval: Duration.seconds(60)',
  },
  resource: {
    types: ['AWS::RDS::DBInstance'],
    check(ctx) {
      const db = ctx.resource.logicalId;
      for (const v of ctx.prop('MonitoringInterval')) {
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { db } });
        else if (helpers.asNumber(ctx.value(v)) === 0) ctx.report({ at: v, messageId: 'zero', data: { db } });
      }
    },
  },
});
