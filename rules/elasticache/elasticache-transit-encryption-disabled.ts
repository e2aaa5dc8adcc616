import { defineRule, helpers } from '../api';
import { fixable } from '../lib/network';

/**
 * ## What it does
 * Flags an ElastiCache replication group (`AWS::ElastiCache::ReplicationGroup`) whose
 * `TransitEncryptionEnabled` is missing (it defaults to false) or false.
 *
 * ## Why it matters
 * Without in-transit encryption, Redis/Valkey commands, cached values (often session tokens and
 * personal data) and the AUTH token itself travel in clear text between clients and nodes and
 * between replicas. An AUTH token is only accepted when transit encryption is on.
 *
 * ## Example
 * ```yaml
 * Cache:
 *   Type: AWS::ElastiCache::ReplicationGroup
 *   Properties:
 *     ReplicationGroupDescription: sessions
 *     Engine: redis
 *     CacheNodeType: cache.t4g.small
 * ```
 *
 * ## Use instead
 * ```yaml
 *     TransitEncryptionEnabled: true
 * ```
 *
 * ## Fix safety
 * Unsafe: clients must connect with TLS afterwards, and on engine versions before Redis 7 the
 * change replaces the replication group (data is lost unless restored from a snapshot).
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html
 */
export default defineRule({
  meta: {
    id: 'SW5209',
    name: 'elasticache-transit-encryption-disabled',
    family: 'elasticache',
    category: 'encryption-in-transit',
    severity: 'high',
    description: 'ElastiCache replication group does not encrypt traffic in transit',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'ElastiCache replication group {{group}} does not set TransitEncryptionEnabled (defaults to false)',
      isFalse: 'ElastiCache replication group {{group}} sets TransitEncryptionEnabled to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_30'], cfnNag: ['F33'], trivy: ['AVD-AWS-0051'], securityHub: ['ElastiCache.5'] },
    cdk: 'transitEncryptionEnabled: true',
  },
  resource: {
    types: ['AWS::ElastiCache::ReplicationGroup'],
    check(ctx) {
      helpers.requireTrue(ctx, 'TransitEncryptionEnabled', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { group: ctx.resource.logicalId },
        fix: (v) => (fixable(v) ? helpers.fix('Set TransitEncryptionEnabled: true (clients must use TLS)', 'unsafe', helpers.setAt(ctx, v, 'TransitEncryptionEnabled', true)) : undefined),
      });
    },
  },
});
