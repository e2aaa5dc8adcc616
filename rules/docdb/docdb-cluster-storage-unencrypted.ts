import { defineRule } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::DocDB::DBCluster` (Amazon DocumentDB) whose `StorageEncrypted` is missing or false.
 *
 * ## Why it matters
 * Through CloudFormation and the API a DocumentDB cluster is unencrypted unless `StorageEncrypted` is
 * true; its storage, automated backups, snapshots and replicas then hold documents in clear text.
 * Encryption cannot be turned on for an existing cluster.
 *
 * ## Example
 * ```yaml
 * Docs:
 *   Type: AWS::DocDB::DBCluster
 *   Properties:
 *     MasterUsername: '{{resolve:secretsmanager:docdb:SecretString:username}}'
 *     MasterUserPassword: '{{resolve:secretsmanager:docdb:SecretString:password}}'
 * ```
 *
 * ## Use instead
 * ```yaml
 * Docs:
 *   Type: AWS::DocDB::DBCluster
 *   Properties:
 *     MasterUsername: '{{resolve:secretsmanager:docdb:SecretString:username}}'
 *     MasterUserPassword: '{{resolve:secretsmanager:docdb:SecretString:password}}'
 *     StorageEncrypted: true
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `StorageEncrypted` replaces the cluster. Migrate with a snapshot restore or
 * mongodump/mongorestore into the encrypted cluster.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-docdb-dbcluster.html
 * - https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html
 */
export default defineRule({
  meta: {
    id: 'SW5030',
    name: 'docdb-cluster-storage-unencrypted',
    family: 'docdb',
    category: 'encryption-at-rest',
    severity: 'high',
    description: 'DocumentDB cluster storage is not encrypted',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'DocumentDB cluster {{db}} does not set StorageEncrypted: data, backups and snapshots are unencrypted',
      isFalse: 'DocumentDB cluster {{db}} sets StorageEncrypted to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html'],
    equivalents: { checkov: ['CKV_AWS_74'], trivy: ['AVD-AWS-0021'], securityHub: ['DocumentDB.1'] },
    cdk: 'storageEncrypted: true',
  },
  resource: {
    types: ['AWS::DocDB::DBCluster'],
    check(ctx) {
      if (ctx.resource.properties?.has('SnapshotIdentifier') && !ctx.resource.properties.has('StorageEncrypted')) return;
      requireEnabled(ctx, 'StorageEncrypted', { missing: 'missing', isFalse: 'isFalse', data: { db: ctx.resource.logicalId }, fixTitle: 'Set StorageEncrypted: true (replaces the cluster)' });
    },
  },
});
