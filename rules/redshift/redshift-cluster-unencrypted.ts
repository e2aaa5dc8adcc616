import { defineRule } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::Redshift::Cluster` whose `Encrypted` property is missing or false.
 *
 * ## Why it matters
 * An unencrypted Redshift cluster keeps its data blocks, system metadata and snapshots in clear text.
 * Newer Redshift defaults encrypt clusters created without the property, but clusters created before
 * that change, or with `Encrypted: false`, are unencrypted; writing `Encrypted: true` states the intent
 * and keeps the template's meaning independent of service defaults.
 *
 * ## Example
 * ```yaml
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     ClusterType: single-node
 *     NodeType: ra3.xlplus
 *     DBName: analytics
 *     MasterUsername: admin
 *     ManageMasterPassword: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     ClusterType: single-node
 *     NodeType: ra3.xlplus
 *     DBName: analytics
 *     MasterUsername: admin
 *     ManageMasterPassword: true
 *     Encrypted: true
 * ```
 *
 * ## Fix safety
 * Unsafe: Redshift can encrypt an existing cluster in place, but the change runs for hours and the
 * cluster is read-only meanwhile; plan it.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html
 * - https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5002',
    name: 'redshift-cluster-unencrypted',
    family: 'redshift',
    category: 'encryption-at-rest',
    severity: 'high',
    description: 'Redshift cluster is not encrypted at rest',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Redshift cluster {{cluster}} does not set Encrypted: set Encrypted: true so data and snapshots are encrypted',
      isFalse: 'Redshift cluster {{cluster}} sets Encrypted to false: data blocks and snapshots are unencrypted',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_64'], cfnNag: ['F28'], guard: ['REDSHIFT_CLUSTER_CONFIGURATION_CHECK'], trivy: ['AVD-AWS-0084'], securityHub: ['Redshift.10'] },
    cdk: 'encrypted: true',
  },
  resource: {
    types: ['AWS::Redshift::Cluster'],
    check(ctx) {
      if (ctx.resource.properties?.has('SnapshotIdentifier') && !ctx.resource.properties.has('Encrypted')) return;
      requireEnabled(ctx, 'Encrypted', { missing: 'missing', isFalse: 'isFalse', data: { cluster: ctx.resource.logicalId }, fixTitle: 'Set Encrypted: true (encrypts the cluster in place; slow)' });
    },
  },
});
