import { defineRule } from '../api';

/**
 * ## What it does
 * Flags an Amazon Redshift cluster without `LoggingProperties`, so audit logging (connection, user
 * and user-activity logs) is off.
 *
 * ## Why it matters
 * A data warehouse concentrates an organisation's data. Audit logs record who connected from where,
 * which users were created or changed, and (with `enable_user_activity_logging`) every query run:
 * the evidence needed to investigate a leak or prove who accessed what.
 *
 * ## Example
 * ```yaml
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     ClusterType: multi-node
 *     NodeType: ra3.xlplus
 *     NumberOfNodes: 2
 * ```
 *
 * ## Use instead
 * ```yaml
 *     LoggingProperties:
 *       LogDestinationType: cloudwatch
 *       LogExports: [connectionlog, userlog, useractivitylog]
 * ```
 *
 * ## Fix safety
 * No automatic fix: choose between an S3 bucket (with a policy for Redshift) and CloudWatch Logs.
 *
 * ## References
 * - https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-redshift-cluster-loggingproperties.html
 */
export default defineRule({
  meta: {
    id: 'SW5617',
    name: 'redshift-cluster-audit-logging-disabled',
    family: 'redshift',
    category: 'logging',
    severity: 'low',
    description: 'Redshift cluster has audit logging off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Redshift cluster {{cluster}} has no LoggingProperties: connections, user changes and queries are not audited',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html'],
    equivalents: { checkov: ['CKV_AWS_71'], guard: ['REDSHIFT_AUDIT_LOGGING_ENABLED'], securityHub: ['Redshift.4'] },
    cdk: "loggingProperties: { loggingBucket: bucket, loggingKeyPrefix: 'redshift/' }",
  },
  resource: {
    types: ['AWS::Redshift::Cluster'],
    check(ctx) {
      for (const v of ctx.prop('LoggingProperties')) {
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { cluster: ctx.resource.logicalId } });
      }
    },
  },
});
