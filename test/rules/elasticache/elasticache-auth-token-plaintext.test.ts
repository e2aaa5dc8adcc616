import rule from '../../../rules/elasticache/elasticache-auth-token-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'token from Secrets Manager',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              TransitEncryptionEnabled: true
              AuthToken: '{{resolve:secretsmanager:CacheAuth:SecretString:token}}'
      `,
    },
    {
      name: 'user passwords from a NoEcho parameter (a naive rule flags the list)',
      yaml: `
        Parameters:
          AppPassword:
            Type: String
            NoEcho: true
        Resources:
          AppUser:
            Type: AWS::ElastiCache::User
            Properties:
              UserId: app
              UserName: app
              Engine: redis
              AccessString: on ~app:* +@read
              Passwords: [!Ref AppPassword]
      `,
    },
  ],
  invalid: [
    {
      name: 'literal AUTH token',
      yaml: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              TransitEncryptionEnabled: true
              AuthToken: 0123456789abcdefghij
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Cache', 'Properties', 'AuthToken'], line: 7, column: 18 }],
      output: `
        Resources:
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              ReplicationGroupDescription: sessions
              TransitEncryptionEnabled: true
              AuthToken: "{{resolve:secretsmanager:CacheSecret:SecretString:token}}"
      `,
    },
    {
      name: 'literal user password in the list',
      yaml: `
        Resources:
          AppUser:
            Type: AWS::ElastiCache::User
            Properties:
              UserId: app
              UserName: app
              Engine: redis
              AccessString: on ~app:* +@read
              Passwords:
                - '{{resolve:secretsmanager:AppUser:SecretString:password}}'
                - oldpassword1234567
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'AppUser', 'Properties', 'Passwords', 1], line: 11, column: 11, message: 'ElastiCache user AppUser' }],
    },
  ],
});
