import { defineRule } from '../api';
import { requireListValue } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an `AWS::Neptune::DBCluster` whose `EnableCloudwatchLogsExports` does not include `audit`. Audit events are written only when the cluster parameter group also sets `neptune_enable_audit_log` to 1.
 *
 * ## Why it matters
 * The audit log records every query and the identity that ran it. Without it in CloudWatch Logs there is no durable record of who read
 * or changed data in the Neptune cluster, and nothing to alarm on.
 *
 * ## Example
 * ```yaml
 * Cluster:
 *   Type: AWS::Neptune::DBCluster
 *   Properties:
 *     StorageEncrypted: true
 * ```
 *
 * ## Use instead
 * ```yaml
 *     EnableCloudwatchLogsExports: [audit]
 * ```
 *
 * ## Fix safety
 * No automatic fix: exporting alone is not enough, the parameter group must turn auditing on too.
 *
 * ## References
 * - https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html
 */
export default defineRule({
  meta: {
    id: 'SW5623',
    name: 'neptune-cluster-audit-logs-disabled',
    family: 'neptune',
    category: 'logging',
    severity: 'low',
    description: 'Amazon Neptune cluster does not export audit logs to CloudWatch Logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Neptune cluster {{cluster}} does not set EnableCloudwatchLogsExports: audit logs are not exported',
      noAudit: 'Neptune cluster {{cluster}} does not export the audit log',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/neptune/latest/userguide/auditing.html'],
    equivalents: { checkov: ['CKV_AWS_101'], guard: ['NEPTUNE_CLUSTER_CLOUDWATCH_LOG_EXPORT_ENABLED'], securityHub: ['Neptune.2'] },
    cdk: 'cloudwatchLogsExports: [neptune.LogType.AUDIT]',
  },
  resource: {
    types: ['AWS::Neptune::DBCluster'],
    check(ctx) {
      const cluster = ctx.resource.logicalId;
      requireListValue(ctx, 'EnableCloudwatchLogsExports', 'audit', (v, missing) => ctx.report({ at: v, messageId: missing ? 'missing' : 'noAudit', data: { cluster } }));
    },
  },
});
