import { defineRule } from '../api';
import { SECRET_MESSAGES, checkSecretProperty } from '../lib/secrets';

/**
 * ## What it does
 * Flags the Redis AUTH token of an `AWS::ElastiCache::ReplicationGroup` (`AuthToken`) and the
 * `Passwords` of an `AWS::ElastiCache::User` when the template shows them: a literal, a
 * `{{resolve:ssm:…}}` reference to a plain String parameter, a `!Ref` to a parameter with a Default, or
 * a `!Ref` to a parameter without `NoEcho: true`. Secrets Manager dynamic references and NoEcho
 * parameters without Default are correct.
 *
 * ## Why it matters
 * The AUTH token is the only credential a Redis client presents: whoever reads it can connect from
 * anywhere inside the network and read, change or flush the cache.
 *
 * ## Example
 * ```yaml
 * Cache:
 *   Type: AWS::ElastiCache::ReplicationGroup
 *   Properties:
 *     ReplicationGroupDescription: sessions
 *     TransitEncryptionEnabled: true
 *     AuthToken: 0123456789abcdefghij
 * ```
 *
 * ## Use instead
 * ```yaml
 * Cache:
 *   Type: AWS::ElastiCache::ReplicationGroup
 *   Properties:
 *     ReplicationGroupDescription: sessions
 *     TransitEncryptionEnabled: true
 *     AuthToken: '{{resolve:secretsmanager:CacheAuth:SecretString:token}}'
 * ```
 *
 * ## Fix safety
 * Replacing a literal with a `{{resolve:secretsmanager:…}}` reference is unsafe: the secret must exist
 * and clients must use the new token. Adding `NoEcho: true` to the parameter is safe; removing its
 * Default is unsafe.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticache-replicationgroup.html
 */
export default defineRule({
  meta: {
    id: 'SW5459',
    name: 'elasticache-auth-token-plaintext',
    family: 'elasticache',
    category: 'secrets',
    severity: 'high',
    description: 'ElastiCache AUTH token or user password is visible in the template or stack parameters',
    appliesTo: ['cloudformation', 'cdk'],
    messages: { ...SECRET_MESSAGES },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html'],
    equivalents: { cfnNag: ['F44'], cfnLint: ['W2501'] },
  },
  resource: {
    types: ['AWS::ElastiCache::ReplicationGroup', 'AWS::ElastiCache::User'],
    check(ctx) {
      if (ctx.resource.type === 'AWS::ElastiCache::User') {
        checkSecretProperty(ctx, 'Passwords.*', 'A password in Passwords', `ElastiCache user ${ctx.resource.logicalId}`);
        return;
      }
      checkSecretProperty(ctx, 'AuthToken', 'AuthToken', `ElastiCache replication group ${ctx.resource.logicalId}`, 'token');
    },
  },
});
