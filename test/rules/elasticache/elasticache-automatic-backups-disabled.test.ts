import rule from '../../../rules/elasticache/elasticache-automatic-backups-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'a week of snapshots',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              Engine: redis
              SnapshotRetentionLimit: 7
      `,
    },
    {
      name: 'memcached cluster has no persistence (a naive rule flags it)',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::CacheCluster
            Properties:
              Engine: memcached
              CacheNodeType: cache.t4g.small
              NumCacheNodes: 2
      `,
    },
    {
      name: 'retention from a parameter default of 5',
      yaml: `
        Parameters:
          Retention:
            Type: Number
            Default: 5
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              SnapshotRetentionLimit: !Ref Retention
      `,
    },
  ],
  invalid: [
    {
      name: 'replication group without snapshots',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              Engine: redis
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cache'], line: 2, column: 3 }],
      output: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              Engine: redis
              SnapshotRetentionLimit: 7
      `,
    },
    {
      name: 'redis cache cluster with retention 0',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::CacheCluster
            Properties:
              Engine: redis
              CacheNodeType: cache.t4g.small
              NumCacheNodes: 1
              SnapshotRetentionLimit: 0
      `,
      errors: [{ messageId: 'zero', path: ['Resources', 'Cache', 'Properties', 'SnapshotRetentionLimit'], line: 8, column: 31 }],
      output: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::CacheCluster
            Properties:
              Engine: redis
              CacheNodeType: cache.t4g.small
              NumCacheNodes: 1
              SnapshotRetentionLimit: 7
      `,
    },
  ],
});
