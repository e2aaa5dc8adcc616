import { defineRule } from '../api';
import { requireListValue } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an `AWS::DocDB::DBCluster` whose `EnableCloudwatchLogsExports` does not include `audit`. Audit events are written only when the cluster parameter group also sets `audit_logs` to `enabled`.
 *
 * ## Why it matters
 * The audit log records authentication attempts, user and role changes and DDL. Without it in CloudWatch Logs there is no durable record of who read
 * or changed data in the DocumentDB cluster, and nothing to alarm on.
 *
 * ## Example
 * ```yaml
 * Cluster:
 *   Type: AWS::DocDB::DBCluster
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
 * - https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html
 */
export default defineRule({
  meta: {
    id: 'SW5622',
    name: 'docdb-cluster-audit-logs-disabled',
    family: 'docdb',
    category: 'logging',
    severity: 'low',
    description: 'Amazon DocumentDB cluster does not export audit logs to CloudWatch Logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'DocumentDB cluster {{cluster}} does not set EnableCloudwatchLogsExports: audit logs are not exported',
      noAudit: 'DocumentDB cluster {{cluster}} does not export the audit log',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/event-auditing.html'],
    equivalents: { checkov: ['CKV_AWS_85'], guard: ['DOCDB_CLUSTER_AUDIT_LOGGING_ENABLED'], securityHub: ['DocumentDB.4'] },
    cdk: 'exportAuditLogsToCloudWatch: true',
  },
  resource: {
    types: ['AWS::DocDB::DBCluster'],
    check(ctx) {
      const cluster = ctx.resource.logicalId;
      requireListValue(ctx, 'EnableCloudwatchLogsExports', 'audit', (v, missing) => ctx.report({ at: v, messageId: missing ? 'missing' : 'noAudit', data: { cluster } }));
    },
  },
});
