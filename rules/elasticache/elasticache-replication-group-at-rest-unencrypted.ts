import { defineRule } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::ElastiCache::ReplicationGroup` whose `AtRestEncryptionEnabled` is missing or false.
 *
 * ## Why it matters
 * Without at-rest encryption, data that ElastiCache writes to disk (swap during synchronisation and
 * backups, and the backups exported to S3) is unencrypted. The setting defaults to false for
 * replication groups and can only be chosen when the group is created.
 *
 * ## Example
 * ```yaml
 * Cache:
 *   Type: AWS::ElastiCache::ReplicationGroup
 *   Properties:
 *     ReplicationGroupDescription: sessions
 *     Engine: redis
 *     CacheNodeType: cache.t4g.micro
 *     NumCacheClusters: 2
 * ```
 *
 * ## Use instead
 * ```yaml
 * Cache:
 *   Type: AWS::ElastiCache::ReplicationGroup
 *   Properties:
 *     ReplicationGroupDescription: sessions
 *     Engine: redis
 *     CacheNodeType: cache.t4g.micro
 *     NumCacheClusters: 2
 *     AtRestEncryptionEnabled: true
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `AtRestEncryptionEnabled` replaces the replication group and its cached data.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html
 * - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5001',
    name: 'elasticache-replication-group-at-rest-unencrypted',
    family: 'elasticache',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'ElastiCache replication group does not encrypt data at rest',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'ElastiCache replication group {{group}} does not set AtRestEncryptionEnabled: backups and data on disk are unencrypted',
      isFalse: 'ElastiCache replication group {{group}} sets AtRestEncryptionEnabled to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_29'], cfnNag: ['F25'], guard: ['ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST'], trivy: ['AVD-AWS-0045'], securityHub: ['ElastiCache.4'] },
    cdk: 'atRestEncryptionEnabled: true',
  },
  resource: {
    types: ['AWS::ElastiCache::ReplicationGroup'],
    check(ctx) {
      requireEnabled(ctx, 'AtRestEncryptionEnabled', { missing: 'missing', isFalse: 'isFalse', data: { group: ctx.resource.logicalId }, fixTitle: 'Set AtRestEncryptionEnabled: true (replaces the replication group)' });
    },
  },
});
