import rule from '../../../rules/elasticache/elasticache-replication-group-at-rest-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'at-rest encryption enabled',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              AtRestEncryptionEnabled: true
      `,
    },
    {
      name: 'a CacheCluster (memcached) is not a replication group',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::CacheCluster
            Properties:
              Engine: memcached
              CacheNodeType: cache.t4g.micro
              NumCacheNodes: 1
      `,
    },
    {
      name: 'enabled through a parameter default',
      yaml: `
        Parameters:
          AtRest:
            Type: String
            Default: 'true'
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              AtRestEncryptionEnabled: !Ref AtRest
      `,
    },
  ],
  invalid: [
    {
      name: 'replication group without the property',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cache'], line: 2, column: 3 }],
      output: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              AtRestEncryptionEnabled: true
      `,
    },
    {
      name: 'disabled in the false branch of Fn::If',
      yaml: `
        Conditions:
          Secure: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              AtRestEncryptionEnabled: !If [Secure, true, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cache', 'Properties', 'AtRestEncryptionEnabled'], line: 8, column: 7, message: 'when condition Secure is false' }],
    },
  ],
});
