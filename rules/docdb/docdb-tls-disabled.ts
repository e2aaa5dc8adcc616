import { defineRule, helpers } from '../api';
import { fixable, literal } from '../lib/network';

/**
 * ## What it does
 * Flags an Amazon DocumentDB cluster parameter group (`AWS::DocDB::DBClusterParameterGroup`) whose
 * `Parameters.tls` is `disabled`. DocumentDB requires TLS by default, so only the explicit opt-out is
 * reported.
 *
 * ## Why it matters
 * With `tls: disabled` every cluster that uses the group accepts unencrypted MongoDB-protocol
 * connections: queries, documents and the database credentials cross the network in clear text.
 *
 * ## Example
 * ```yaml
 * DocDbParams:
 *   Type: AWS::DocDB::DBClusterParameterGroup
 *   Properties:
 *     Family: docdb5.0
 *     Description: app
 *     Parameters:
 *       tls: disabled
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Parameters:
 *       tls: enabled
 * ```
 *
 * ## Fix safety
 * Unsafe: clients that connect without TLS fail once the clusters are rebooted with the new value.
 *
 * ## References
 * - https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbclusterparametergroup.html
 */
export default defineRule({
  meta: {
    id: 'SW5215',
    name: 'docdb-tls-disabled',
    family: 'docdb',
    category: 'encryption-in-transit',
    severity: 'high',
    description: 'DocumentDB cluster parameter group turns TLS off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      disabled: 'DocumentDB parameter group {{group}} sets tls to disabled: clusters using it accept unencrypted connections',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/security.encryption.ssl.html'],
    equivalents: { checkov: ['CKV_AWS_90'] },
  },
  resource: {
    types: ['AWS::DocDB::DBClusterParameterGroup'],
    check(ctx) {
      for (const v of ctx.prop('Parameters.tls')) {
        if (literal(ctx, v)?.toLowerCase() !== 'disabled') continue;
        ctx.report({ at: v, messageId: 'disabled', data: { group: ctx.resource.logicalId }, fixes: fixable(v) ? helpers.fix('Set tls: enabled', 'unsafe', helpers.setAt(ctx, v, 'tls', 'enabled')) : undefined });
      }
    },
  },
});
