import { defineRule, helpers } from '../api';
import { fixable, literal } from '../lib/network';

/**
 * ## What it does
 * Flags an OpenSearch Service or Elasticsearch domain (`AWS::OpenSearchService::Domain`,
 * `AWS::Elasticsearch::Domain`) whose `DomainEndpointOptions.EnforceHTTPS` is missing (it defaults
 * to false) or false, and one whose `TLSSecurityPolicy` is `Policy-Min-TLS-1-0-2019-07`.
 *
 * ## Why it matters
 * Without `EnforceHTTPS` the domain endpoint also answers plain HTTP, so queries, indexed documents
 * and (with fine-grained access control) basic-auth credentials can travel unencrypted. The TLS 1.0
 * policy keeps deprecated protocol versions available.
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
 * Search:
 *   Type: AWS::OpenSearchService::Domain
 *   Properties:
 *     EngineVersion: OpenSearch_2.11
 *     DomainEndpointOptions:
 *       EnforceHTTPS: true
 *       TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07
 * ```
 *
 * ## Fix safety
 * Unsafe: clients that call the endpoint over `http://` or only speak TLS 1.0/1.1 start failing.
 *
 * ## References
 * - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-domainendpointoptions.html
 */
export default defineRule({
  meta: {
    id: 'SW5207',
    name: 'opensearch-https-not-enforced',
    family: 'opensearch',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'OpenSearch/Elasticsearch domain accepts plain HTTP or TLS 1.0',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Domain {{domain}} does not set DomainEndpointOptions.EnforceHTTPS (defaults to false): the endpoint accepts plain HTTP',
      isFalse: 'Domain {{domain}} sets EnforceHTTPS to false: the endpoint accepts plain HTTP',
      oldTls: 'Domain {{domain}} uses TLSSecurityPolicy {{policy}}, which accepts TLS 1.0 and 1.1',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html'],
    equivalents: { checkov: ['CKV_AWS_83'], trivy: ['AVD-AWS-0046', 'AVD-AWS-0126'], securityHub: ['ES.8', 'Opensearch.8'], guard: ['ELASTICSEARCH_HTTPS_REQUIRED'] },
    cdk: "enforceHttps: true, tlsSecurityPolicy: opensearch.TLSSecurityPolicy.TLS_1_2",
  },
  resource: {
    types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    check(ctx) {
      const domain = ctx.resource.logicalId;
      for (const opts of ctx.prop('DomainEndpointOptions')) {
        if (opts.missing) {
          const simple = fixable(opts) && !ctx.resource.properties?.has('DomainEndpointOptions');
          ctx.report({ at: opts, messageId: 'missing', data: { domain }, fixes: simple ? helpers.fix('Enforce HTTPS with TLS 1.2', 'unsafe', helpers.setProperty(ctx.resource, 'DomainEndpointOptions', { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' })) : undefined });
          continue;
        }
        for (const v of ctx.lookup(opts.node, 'EnforceHTTPS')) {
          const fixes = fixable(v) && fixable(opts) ? helpers.fix('Set EnforceHTTPS: true', 'unsafe', helpers.setAt(ctx, v, 'EnforceHTTPS', true)) : undefined;
          if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { domain }, fixes });
          else if (ctx.bool(v) === 'false') ctx.report({ at: v, messageId: 'isFalse', data: { domain }, fixes });
        }
        for (const v of ctx.lookup(opts.node, 'TLSSecurityPolicy')) {
          const policy = literal(ctx, v);
          if (policy === 'Policy-Min-TLS-1-0-2019-07') {
            ctx.report({ at: v, messageId: 'oldTls', data: { domain, policy }, fixes: fixable(v) ? helpers.fix('Use Policy-Min-TLS-1-2-2019-07', 'unsafe', helpers.setAt(ctx, v, 'TLSSecurityPolicy', 'Policy-Min-TLS-1-2-2019-07')) : undefined });
          }
        }
      }
    },
  },
});
