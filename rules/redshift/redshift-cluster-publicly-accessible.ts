import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::Redshift::Cluster` with `PubliclyAccessible: true`. An unset value is not flagged:
 * Redshift creates clusters private unless asked otherwise.
 *
 * ## Why it matters
 * A publicly accessible cluster gets a public IP address and an endpoint that resolves to it from the
 * internet. Only the security group then protects the warehouse port (5439) from brute force and
 * exploitation, and a data warehouse usually holds the most complete copy of a company's data.
 *
 * ## Example
 * ```yaml
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     ClusterType: single-node
 *     NodeType: ra3.xlplus
 *     PubliclyAccessible: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Warehouse:
 *   Type: AWS::Redshift::Cluster
 *   Properties:
 *     ClusterType: single-node
 *     NodeType: ra3.xlplus
 *     PubliclyAccessible: false
 * ```
 *
 * ## Fix safety
 * Unsafe: clients outside the VPC (BI tools, laptops) lose access when the public endpoint goes away.
 *
 * ## References
 * - https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html
 */
export default defineRule({
  meta: {
    id: 'SW5408',
    name: 'redshift-cluster-publicly-accessible',
    family: 'redshift',
    category: 'public-access',
    severity: 'high',
    description: 'Redshift cluster is publicly accessible',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      public: 'Redshift cluster {{cluster}} sets PubliclyAccessible to true: it gets a public endpoint reachable from the internet',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html'],
    equivalents: { checkov: ['CKV_AWS_87'], guard: ['REDSHIFT_CLUSTER_PUBLIC_ACCESS_CHECK'], securityHub: ['Redshift.1'] },
    cdk: 'publiclyAccessible: false',
  },
  resource: {
    types: ['AWS::Redshift::Cluster'],
    check(ctx) {
      for (const v of ctx.prop('PubliclyAccessible')) {
        if (v.missing || ctx.bool(v) !== 'true') continue;
        ctx.report({
          at: v,
          messageId: 'public',
          data: { cluster: ctx.resource.logicalId },
          fixes: v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set PubliclyAccessible: false (removes the public endpoint)', 'unsafe', helpers.setAt(ctx, v, 'PubliclyAccessible', false)),
        });
      }
    },
  },
});
