import { defineRule, str } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::OpenSearchService::Domain` or `AWS::Elasticsearch::Domain` whose
 * `EncryptionAtRestOptions.Enabled` is missing or false. Domains on `t2` instance types, which cannot
 * encrypt at rest, are skipped.
 *
 * ## Why it matters
 * Without encryption at rest, indices, automated snapshots, logs, swap files and everything else the
 * domain keeps on disk are unencrypted. Many features (fine-grained access control, UltraWarm with
 * encryption requirements) also need it.
 *
 * ## Example
 * ```yaml
 * Search:
 *   Type: AWS::OpenSearchService::Domain
 *   Properties:
 *     EngineVersion: OpenSearch_2.11
 *     ClusterConfig:
 *       InstanceType: r6g.large.search
 * ```
 *
 * ## Use instead
 * ```yaml
 * Search:
 *   Type: AWS::OpenSearchService::Domain
 *   Properties:
 *     EngineVersion: OpenSearch_2.11
 *     ClusterConfig:
 *       InstanceType: r6g.large.search
 *     EncryptionAtRestOptions:
 *       Enabled: true
 * ```
 *
 * ## Fix safety
 * Unsafe: on current engine versions encryption is enabled by a blue/green update of the domain (which
 * takes time and cannot be undone); on Elasticsearch before 6.7 it replaces the domain.
 *
 * ## References
 * - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchservice-domain.html
 */
export default defineRule({
  meta: {
    id: 'SW5017',
    name: 'opensearch-domain-at-rest-unencrypted',
    family: 'opensearch',
    category: 'encryption-at-rest',
    severity: 'high',
    description: 'OpenSearch / Elasticsearch domain does not encrypt data at rest',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Search domain {{domain}} does not enable EncryptionAtRestOptions: indices and snapshots are stored unencrypted',
      isFalse: 'Search domain {{domain}} sets EncryptionAtRestOptions.Enabled to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html'],
    equivalents: { checkov: ['CKV_AWS_5'], cfnNag: ['W54'], guard: ['ELASTICSEARCH_ENCRYPTED_AT_REST', 'OPENSEARCH_ENCRYPTED_AT_REST'], trivy: ['AVD-AWS-0048'], securityHub: ['ES.1', 'Opensearch.1'] },
    cdk: 'encryptionAtRest: { enabled: true }',
  },
  resource: {
    types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    check(ctx) {
      const configKey = ctx.resource.type === 'AWS::Elasticsearch::Domain' ? 'ElasticsearchClusterConfig' : 'ClusterConfig';
      // T2 instances cannot encrypt at rest.
      if (ctx.prop(`${configKey}.InstanceType`).some((v) => (str(v.node) ?? '').startsWith('t2.'))) return;
      requireEnabled(ctx, 'EncryptionAtRestOptions.Enabled', { missing: 'missing', isFalse: 'isFalse', data: { domain: ctx.resource.logicalId }, fixTitle: 'Enable EncryptionAtRestOptions (blue/green update; irreversible)' });
    },
  },
});
