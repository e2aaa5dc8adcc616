import { defineRule, helpers } from '../api';
import { fixable, upper } from '../lib/network';

/**
 * ## What it does
 * Flags a DynamoDB Accelerator cluster (`AWS::DAX::Cluster`) whose `ClusterEndpointEncryptionType`
 * is missing (it defaults to `NONE`) or `NONE`.
 *
 * ## Why it matters
 * Without TLS on the cluster endpoint, every cached item and every request the application sends to
 * DAX crosses the VPC unencrypted, although the same data is encrypted when it is read from DynamoDB
 * directly.
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
 *     ClusterEndpointEncryptionType: TLS
 * ```
 *
 * ## Fix safety
 * Unsafe: the setting can only be chosen at creation, so the cluster is replaced (its cache starts
 * empty) and clients must connect with the `daxs://` TLS endpoint.
 *
 * ## References
 * - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html
 */
export default defineRule({
  meta: {
    id: 'SW5214',
    name: 'dax-cluster-endpoint-unencrypted',
    family: 'dax',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'DAX cluster endpoint does not use TLS',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'DAX cluster {{cluster}} does not set ClusterEndpointEncryptionType (defaults to NONE): traffic to the cache is unencrypted',
      none: 'DAX cluster {{cluster}} sets ClusterEndpointEncryptionType to NONE',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html'],
    equivalents: { checkov: ['CKV_AWS_239'] },
    cdk: "clusterEndpointEncryptionType: 'TLS' (CfnCluster)",
  },
  resource: {
    types: ['AWS::DAX::Cluster'],
    check(ctx) {
      const cluster = ctx.resource.logicalId;
      for (const v of ctx.prop('ClusterEndpointEncryptionType')) {
        const fixes = fixable(v) ? helpers.fix('Set ClusterEndpointEncryptionType: TLS (replaces the cluster)', 'unsafe', helpers.setAt(ctx, v, 'ClusterEndpointEncryptionType', 'TLS')) : undefined;
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { cluster }, fixes });
        else if (upper(ctx, v) === 'NONE') ctx.report({ at: v, messageId: 'none', data: { cluster }, fixes });
      }
    },
  },
});
