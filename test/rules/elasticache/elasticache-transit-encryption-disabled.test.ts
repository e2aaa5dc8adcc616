import rule from '../../../rules/elasticache/elasticache-transit-encryption-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'transit encryption on',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              Engine: redis
              TransitEncryptionEnabled: true
      `,
    },
    {
      name: 'on in both Fn::If branches (a naive rule flags the If)',
      yaml: `
        Conditions:
          Big: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              TransitEncryptionEnabled: !If [Big, true, 'true']
      `,
    },
    {
      name: 'single-node cache clusters are another resource type',
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
  ],
  invalid: [
    {
      name: 'not set',
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
              TransitEncryptionEnabled: true
      `,
    },
    {
      name: 'false through a parameter default',
      yaml: `
        Parameters:
          Tls:
            Type: String
            Default: 'false'
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              TransitEncryptionEnabled: !Ref Tls
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Cache', 'Properties', 'TransitEncryptionEnabled'], line: 10, column: 33, message: 'from the Default of parameter Tls' }],
    },
  ],
});
