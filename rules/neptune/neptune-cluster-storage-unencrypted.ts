import { defineRule } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::Neptune::DBCluster` whose `StorageEncrypted` is missing or false.
 *
 * ## Why it matters
 * Without `StorageEncrypted: true` the graph data, its automated backups, snapshots and replicas are
 * stored unencrypted (the API default is unencrypted, unlike the console). Encryption cannot be added
 * to an existing cluster; it takes a snapshot restore into a new encrypted cluster.
 *
 * ## Example
 * ```yaml
 * Graph:
 *   Type: AWS::Neptune::DBCluster
 *   Properties:
 *     DBClusterIdentifier: graph
 * ```
 *
 * ## Use instead
 * ```yaml
 * Graph:
 *   Type: AWS::Neptune::DBCluster
 *   Properties:
 *     DBClusterIdentifier: graph
 *     StorageEncrypted: true
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `StorageEncrypted` replaces the cluster. Restore from a snapshot copied with
 * encryption to keep the data.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-neptune-dbcluster.html
 * - https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html
 */
export default defineRule({
  meta: {
    id: 'SW5005',
    name: 'neptune-cluster-storage-unencrypted',
    family: 'neptune',
    category: 'encryption-at-rest',
    severity: 'high',
    description: 'Neptune DB cluster storage is not encrypted',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Neptune cluster {{db}} does not set StorageEncrypted: data, backups and snapshots are unencrypted',
      isFalse: 'Neptune cluster {{db}} sets StorageEncrypted to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html'],
    equivalents: { checkov: ['CKV_AWS_44'], cfnNag: ['F30'], trivy: ['AVD-AWS-0076'], securityHub: ['Neptune.1'] },
    cdk: 'storageEncrypted: true',
  },
  resource: {
    types: ['AWS::Neptune::DBCluster'],
    check(ctx) {
      // A cluster restored from a snapshot takes the snapshot's encryption.
      if (ctx.resource.properties?.has('SnapshotIdentifier') && !ctx.resource.properties.has('StorageEncrypted')) return;
      requireEnabled(ctx, 'StorageEncrypted', { missing: 'missing', isFalse: 'isFalse', data: { db: ctx.resource.logicalId }, fixTitle: 'Set StorageEncrypted: true (replaces the cluster)' });
    },
  },
});
