import { defineRule } from '../api';

/**
 * ## What it does
 * Flags an OpenSearch Service or Elasticsearch domain without `VPCOptions`, which gives it a public
 * endpoint on the internet.
 *
 * ## Why it matters
 * A public domain is protected only by its access policy (and fine-grained access control, when
 * enabled). One overly broad policy statement — `Principal: '*'` for a quick test — exposes every
 * index to the internet; open Elasticsearch clusters are one of the most common sources of data
 * leaks. A VPC domain adds security groups and private addressing as a second layer.
 *
 * ## Example
 * ```yaml
 * Search:
 *   Type: AWS::OpenSearchService::Domain
 *   Properties:
 *     EngineVersion: OpenSearch_2.11
 * ```
 *
 * ## Use instead
 * ```yaml
 *     VPCOptions:
 *       SubnetIds: [!Ref PrivateSubnet]
 *       SecurityGroupIds: [!Ref SearchSg]
 * ```
 *
 * ## Fix safety
 * No automatic fix: moving a domain into a VPC replaces it (the data must be re-indexed or restored
 * from a snapshot) and clients need network access to the VPC.
 *
 * ## References
 * - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-2
 */
export default defineRule({
  meta: {
    id: 'SW5310',
    name: 'opensearch-domain-not-in-vpc',
    family: 'opensearch',
    category: 'network-exposure',
    severity: 'medium',
    description: 'OpenSearch/Elasticsearch domain has a public endpoint instead of VPC access',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      public: 'Domain {{domain}} has no VPCOptions: its endpoint is public and only its access policy protects it',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html'],
    equivalents: { checkov: ['CKV_AWS_137'], cfnNag: ['W90'], securityHub: ['ES.2', 'Opensearch.2'], guard: ['ELASTICSEARCH_IN_VPC_ONLY'] },
    cdk: 'vpc, vpcSubnets: [{ subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }]',
  },
  resource: {
    types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    check(ctx) {
      for (const v of ctx.prop('VPCOptions')) {
        if (v.missing) ctx.report({ at: v, messageId: 'public', data: { domain: ctx.resource.logicalId } });
      }
    },
  },
});
