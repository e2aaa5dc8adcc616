import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an EKS cluster (`AWS::EKS::Cluster`) whose Kubernetes API endpoint is reachable from the
 * whole internet: `ResourcesVpcConfig.EndpointPublicAccess` is missing (it defaults to true) or true,
 * and `PublicAccessCidrs` is missing (it defaults to `0.0.0.0/0`) or contains `0.0.0.0/0`. A public
 * endpoint restricted to named CIDRs is not flagged.
 *
 * ## Why it matters
 * The API server of every cluster then answers anyone: stolen kubeconfigs or tokens work from
 * anywhere, and any authentication or API-server vulnerability is exposed to internet-wide scans.
 *
 * ## Example
 * ```yaml
 * Cluster:
 *   Type: AWS::EKS::Cluster
 *   Properties:
 *     RoleArn: !GetAtt ClusterRole.Arn
 *     ResourcesVpcConfig:
 *       SubnetIds: [!Ref SubnetA, !Ref SubnetB]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     ResourcesVpcConfig:
 *       SubnetIds: [!Ref SubnetA, !Ref SubnetB]
 *       EndpointPrivateAccess: true
 *       EndpointPublicAccess: false
 * ```
 *
 * ## Fix safety
 * No automatic fix: turning the public endpoint off (or narrowing its CIDRs) cuts off kubectl, CI
 * pipelines and tools that reach the cluster from outside the VPC.
 *
 * ## References
 * - https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-resourcesvpcconfig.html
 */
export default defineRule({
  meta: {
    id: 'SW5314',
    name: 'eks-endpoint-public',
    family: 'eks',
    category: 'network-exposure',
    severity: 'medium',
    description: 'EKS cluster API endpoint is open to the whole internet',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      public: 'EKS cluster {{cluster}} exposes its Kubernetes API endpoint to {{from}}: disable public access or restrict PublicAccessCidrs',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'],
    equivalents: { checkov: ['CKV_AWS_39', 'CKV_AWS_38'], trivy: ['AVD-AWS-0040', 'AVD-AWS-0041'], securityHub: ['EKS.1'], guard: ['EKS_ENDPOINT_NO_PUBLIC_ACCESS'] },
    cdk: 'endpointAccess: eks.EndpointAccess.PRIVATE (or PUBLIC_AND_PRIVATE.onlyFrom(cidr))',
  },
  resource: {
    types: ['AWS::EKS::Cluster'],
    check(ctx) {
      const cluster = ctx.resource.logicalId;
      for (const pub of ctx.prop('ResourcesVpcConfig.EndpointPublicAccess')) {
        if (!pub.missing && ctx.bool(pub) !== 'true') continue;
        for (const cidrs of ctx.prop('ResourcesVpcConfig.PublicAccessCidrs')) {
          const conds = cidrs.conditions.filter((c) => !pub.conditions.some((p) => p.name === c.name));
          if (cidrs.missing) {
            ctx.report({ at: pub, messageId: 'public', data: { cluster, from: 'the internet (PublicAccessCidrs defaults to 0.0.0.0/0)' }, conditions: conds });
            continue;
          }
          const world = ctx.lookup(cidrs.node, '*').find((c) => !c.missing && c.node !== cidrs.node && helpers.isWorldCidr(ctx.value(c)));
          if (world) ctx.report({ at: world, messageId: 'public', data: { cluster, from: String(ctx.value(world)) }, conditions: pub.conditions.filter((c) => !world.conditions.some((w) => w.name === c.name)) });
        }
      }
    },
  },
});
