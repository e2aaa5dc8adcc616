import { defineRule } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::DAX::Cluster` whose `SSESpecification.SSEEnabled` is missing or false.
 *
 * ## Why it matters
 * DynamoDB tables are always encrypted, but the DAX cache in front of them is not unless server-side
 * encryption is switched on: cached items, configuration and logs on the cluster nodes' disks are then
 * stored in clear text. SSE can only be chosen when the cluster is created.
 *
 * ## Example
 * ```yaml
 * Cache:
 *   Type: AWS::DAX::Cluster
 *   Properties:
 *     NodeType: dax.t3.small
 *     ReplicationFactor: 3
 *     IAMRoleARN: !GetAtt DaxRole.Arn
 * ```
 *
 * ## Use instead
 * ```yaml
 * Cache:
 *   Type: AWS::DAX::Cluster
 *   Properties:
 *     NodeType: dax.t3.small
 *     ReplicationFactor: 3
 *     IAMRoleARN: !GetAtt DaxRole.Arn
 *     SSESpecification:
 *       SSEEnabled: true
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `SSESpecification` replaces the cluster (its cache is rebuilt from the table).
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html
 * - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html
 */
export default defineRule({
  meta: {
    id: 'SW5021',
    name: 'dax-cluster-unencrypted',
    family: 'dax',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'DAX cluster does not encrypt cached data at rest',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'DAX cluster {{cluster}} does not enable SSESpecification.SSEEnabled: cached items are stored unencrypted',
      isFalse: 'DAX cluster {{cluster}} sets SSEEnabled to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html'],
    equivalents: { checkov: ['CKV_AWS_47'], cfnNag: ['W83'], guard: ['DAX_ENCRYPTION_ENABLED'], trivy: ['AVD-AWS-0023'], securityHub: ['DynamoDB.3'] },
    cdk: 'sseSpecification: { sseEnabled: true }',
  },
  resource: {
    types: ['AWS::DAX::Cluster'],
    check(ctx) {
      requireEnabled(ctx, 'SSESpecification.SSEEnabled', { missing: 'missing', isFalse: 'isFalse', data: { cluster: ctx.resource.logicalId }, fixTitle: 'Enable SSESpecification.SSEEnabled (replaces the cluster)' });
    },
  },
});
