import { defineRule, helpers } from '../api';
import { fixable } from '../lib/network';

/**
 * ## What it does
 * Flags an OpenSearch Service or Elasticsearch domain whose `NodeToNodeEncryptionOptions.Enabled` is
 * missing (it defaults to false) or false.
 *
 * ## Why it matters
 * Without node-to-node encryption, shard replication and search traffic between the domain's nodes
 * crosses the VPC network unencrypted. It is also a prerequisite for fine-grained access control.
 *
 * ## Example
 * ```yaml
 * Search:
 *   Type: AWS::Elasticsearch::Domain
 *   Properties:
 *     ElasticsearchVersion: '7.10'
 * ```
 *
 * ## Use instead
 * ```yaml
 * Search:
 *   Type: AWS::Elasticsearch::Domain
 *   Properties:
 *     ElasticsearchVersion: '7.10'
 *     NodeToNodeEncryptionOptions:
 *       Enabled: true
 * ```
 *
 * ## Fix safety
 * Unsafe: enabling it on an existing domain triggers a blue/green deployment, and Elasticsearch
 * versions before 6.0 do not support it at all.
 *
 * ## References
 * - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html
 */
export default defineRule({
  meta: {
    id: 'SW5208',
    name: 'opensearch-node-to-node-encryption-disabled',
    family: 'opensearch',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'OpenSearch/Elasticsearch domain does not encrypt traffic between its nodes',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Domain {{domain}} does not enable NodeToNodeEncryptionOptions: traffic between nodes is unencrypted',
      isFalse: 'Domain {{domain}} sets NodeToNodeEncryptionOptions.Enabled to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
    equivalents: { checkov: ['CKV_AWS_6'], cfnNag: ['W85'], trivy: ['AVD-AWS-0043'], securityHub: ['ES.3', 'Opensearch.3'], guard: ['ELASTICSEARCH_NODE_TO_NODE_ENCRYPTION_CHECK'] },
    cdk: 'nodeToNodeEncryption: true',
  },
  resource: {
    types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    check(ctx) {
      const hasBlock = ctx.resource.properties?.has('NodeToNodeEncryptionOptions') ?? false;
      helpers.requireTrue(ctx, 'NodeToNodeEncryptionOptions.Enabled', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { domain: ctx.resource.logicalId },
        fix: (v) => {
          if (!fixable(v)) return undefined;
          if (v.missing && !hasBlock) return helpers.fix('Enable node-to-node encryption', 'unsafe', helpers.setProperty(ctx.resource, 'NodeToNodeEncryptionOptions', { Enabled: true }));
          return helpers.fix('Enable node-to-node encryption', 'unsafe', helpers.setAt(ctx, v, 'Enabled', true));
        },
      });
    },
  },
});
