import { defineRule, helpers, str } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an ElastiCache Redis OSS or Valkey replication group (`AWS::ElastiCache::ReplicationGroup`)
 * or Redis/Valkey cache cluster whose `SnapshotRetentionLimit` is missing or 0, which turns automatic
 * daily snapshots off. Memcached, which has no persistence, is skipped.
 *
 * ## Why it matters
 * When Redis is used as a primary store (sessions, queues, leaderboards, feature flags) a failed node,
 * an accidental `FLUSHALL` or a bad deployment loses the data. Automatic snapshots let you restore
 * the last day's state into a new cluster.
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
 *     SnapshotRetentionLimit: 7
 *     SnapshotWindow: '03:00-04:00'
 * ```
 *
 * ## Fix safety
 * Safe: snapshot retention changes in place; snapshots can briefly add latency on the node they are
 * taken from, so set `SnapshotWindow` to a quiet hour.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html
 */
export default defineRule({
  meta: {
    id: 'SW5717',
    name: 'elasticache-automatic-backups-disabled',
    family: 'elasticache',
    category: 'resilience',
    severity: 'low',
    description: 'ElastiCache Redis/Valkey cluster takes no automatic snapshots',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'ElastiCache {{kind}} {{cache}} does not set SnapshotRetentionLimit: no automatic backups are taken',
      zero: 'ElastiCache {{kind}} {{cache}} sets SnapshotRetentionLimit to 0: no automatic backups are taken',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html'],
    equivalents: { guard: ['ELASTICACHE_REDIS_CLUSTER_AUTOMATIC_BACKUP_CHECK'], securityHub: ['ElastiCache.1'] },
    cdk: 'snapshotRetentionLimit: 7 (on CfnReplicationGroup)',
  },
  resource: {
    types: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::CacheCluster'],
    check(ctx) {
      const p = ctx.resource.properties;
      const isGroup = ctx.resource.type === 'AWS::ElastiCache::ReplicationGroup';
      const engine = str(p?.get('Engine'))?.toLowerCase();
      if (isGroup ? engine === 'memcached' : engine !== 'redis' && engine !== 'valkey') return;
      // A cache cluster that joins a replication group takes its snapshot settings from the group.
      if (!isGroup && p?.has('ReplicationGroupId')) return;
      const data = { cache: ctx.resource.logicalId, kind: isGroup ? 'replication group' : 'cache cluster' };
      for (const v of ctx.prop('SnapshotRetentionLimit')) {
        const fixes = fixable(v) ? helpers.fix('Set SnapshotRetentionLimit: 7', 'safe', helpers.setAt(ctx, v, 'SnapshotRetentionLimit', 7)) : undefined;
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data, fixes });
        else if (helpers.asNumber(ctx.value(v)) === 0) ctx.report({ at: v, messageId: 'zero', data, fixes });
      }
    },
  },
});
