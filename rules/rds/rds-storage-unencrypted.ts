import { defineRule, helpers, str } from '../api';

/**
 * ## What it does
 * Flags an RDS DB instance or Aurora DB cluster whose `StorageEncrypted` is missing or false.
 *
 * ## Why it matters
 * Database storage, automated backups, read replicas and snapshots of an unencrypted instance are all
 * unencrypted, and encryption cannot be switched on later without a snapshot-copy-restore migration.
 * Instances that belong to an Aurora cluster take their encryption from the cluster, so the check is
 * made on the cluster.
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
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     DBInstanceClass: db.t4g.micro
 *     StorageEncrypted: true
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `StorageEncrypted` replaces the database. Migrate through an encrypted snapshot.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW4001',
    name: 'rds-storage-unencrypted',
    family: 'rds',
    category: 'encryption-at-rest',
    severity: 'high',
    description: 'RDS instance or Aurora cluster storage is not encrypted',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: '{{kind}} {{db}} does not set StorageEncrypted: storage, backups and snapshots are unencrypted',
      isFalse: '{{kind}} {{db}} sets StorageEncrypted to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
    equivalents: { checkov: ['CKV_AWS_16', 'CKV_AWS_96'], cfnNag: ['F26', 'F27'], guard: ['RDS_STORAGE_ENCRYPTED'], trivy: ['AVD-AWS-0080', 'AVD-AWS-0079'], securityHub: ['RDS.3'], cis: ['2.3.1'] },
    cdk: 'storageEncrypted: true',
  },
  resource: {
    types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    check(ctx) {
      const p = ctx.resource.properties;
      const isInstance = ctx.resource.type === 'AWS::RDS::DBInstance';
      // Aurora members, read replicas and snapshot restores inherit encryption from elsewhere.
      if (isInstance && (p?.has('DBClusterIdentifier') || p?.has('SourceDBInstanceIdentifier') || p?.has('DBSnapshotIdentifier') || p?.has('SourceDBClusterIdentifier'))) return;
      if (!isInstance && (p?.has('SnapshotIdentifier') || p?.has('SourceDBClusterIdentifier'))) return;
      const engine = str(p?.get('Engine')) ?? '';
      if (isInstance && engine.startsWith('aurora')) return;
      // Serverless v1 clusters are always encrypted.
      if (!isInstance && str(p?.get('EngineMode')) === 'serverless') return;
      helpers.requireTrue(ctx, 'StorageEncrypted', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { db: ctx.resource.logicalId, kind: isInstance ? 'RDS instance' : 'DB cluster' },
        fix: (v) => (v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set StorageEncrypted: true (replaces the database)', 'unsafe', helpers.setAt(ctx, v, 'StorageEncrypted', true))),
      });
    },
  },
});
