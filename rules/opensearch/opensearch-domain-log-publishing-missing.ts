import { defineRule, isMap } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an OpenSearch Service or legacy Elasticsearch domain (`AWS::OpenSearchService::Domain`,
 * `AWS::Elasticsearch::Domain`) that publishes no logs to CloudWatch Logs: `LogPublishingOptions`
 * is missing, or none of its entries (`ES_APPLICATION_LOGS`, `AUDIT_LOGS`, `SEARCH_SLOW_LOGS`,
 * `INDEX_SLOW_LOGS`) is enabled.
 *
 * ## Why it matters
 * Error logs explain failed requests and cluster problems; audit logs (with fine-grained access
 * control) record who read or changed which index; slow logs show abusive queries. Without any of
 * them a domain holding searchable copies of business data is a black box.
 *
 * ## Example
 * ```yaml
 * Search:
 *   Type: AWS::OpenSearchService::Domain
 *   Properties:
 *     EngineVersion: OpenSearch_2.13
 * ```
 *
 * ## Use instead
 * ```yaml
 *     LogPublishingOptions:
 *       ES_APPLICATION_LOGS:
 *         CloudWatchLogsLogGroupArn: !GetAtt SearchErrorLogs.Arn
 *         Enabled: true
 *       AUDIT_LOGS:
 *         CloudWatchLogsLogGroupArn: !GetAtt SearchAuditLogs.Arn
 *         Enabled: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: each log type needs a log group with a resource policy that lets the service
 * write to it.
 *
 * ## References
 * - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html
 * - https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html
 */
export default defineRule({
  meta: {
    id: 'SW5616',
    name: 'opensearch-domain-log-publishing-missing',
    family: 'opensearch',
    category: 'logging',
    severity: 'low',
    description: 'OpenSearch or Elasticsearch domain publishes no logs to CloudWatch Logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Search domain {{domain}} has no LogPublishingOptions: no error, audit or slow logs are kept',
      noneEnabled: 'Search domain {{domain}} enables none of its LogPublishingOptions: no error, audit or slow logs are kept',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html'],
    equivalents: { checkov: ['CKV_AWS_84', 'CKV_AWS_317'], guard: ['ELASTICSEARCH_LOGS_TO_CLOUDWATCH', 'OPENSEARCH_LOGS_TO_CLOUDWATCH'], trivy: ['AVD-AWS-0042'], securityHub: ['Opensearch.4', 'Opensearch.5', 'ES.4'] },
    cdk: 'logging: { appLogEnabled: true, auditLogEnabled: true, slowSearchLogEnabled: true }',
  },
  resource: {
    types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
    check(ctx) {
      const domain = ctx.resource.logicalId;
      for (const opts of ctx.prop('LogPublishingOptions')) {
        if (opts.missing) {
          ctx.report({ at: opts, messageId: 'missing', data: { domain } });
          continue;
        }
        if (!isMap(opts.node) || opts.node.intrinsic) continue;
        let enabledOrUnknown = false;
        for (const entry of opts.node.entries) {
          for (const e of below(ctx, opts, [entry.key, 'Enabled'])) {
            // Enabled defaults to false; a computed value may be true.
            if (!e.missing && ctx.bool(e) !== 'false') enabledOrUnknown = true;
          }
        }
        if (!enabledOrUnknown) ctx.report({ at: opts, messageId: 'noneEnabled', data: { domain } });
      }
    },
  },
});
