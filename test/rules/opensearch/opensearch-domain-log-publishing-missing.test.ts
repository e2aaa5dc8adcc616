import rule from '../../../rules/opensearch/opensearch-domain-log-publishing-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'error and audit logs published',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              LogPublishingOptions:
                ES_APPLICATION_LOGS:
                  CloudWatchLogsLogGroupArn: arn:aws:logs:eu-west-1:111122223333:log-group:search-errors
                  Enabled: true
                AUDIT_LOGS:
                  CloudWatchLogsLogGroupArn: arn:aws:logs:eu-west-1:111122223333:log-group:search-audit
                  Enabled: true
      `,
    },
    {
      name: 'enabled flag from a parameter without default may be on',
      yaml: `
        Parameters:
          Logs:
            Type: String
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              LogPublishingOptions:
                SEARCH_SLOW_LOGS:
                  CloudWatchLogsLogGroupArn: arn:aws:logs:eu-west-1:111122223333:log-group:slow
                  Enabled: !Ref Logs
      `,
    },
  ],
  invalid: [
    {
      name: 'no log publishing',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EngineVersion: OpenSearch_2.13
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Search'], line: 2, column: 3 }],
    },
    {
      name: 'all publishing options disabled',
      yaml: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              LogPublishingOptions:
                ES_APPLICATION_LOGS:
                  CloudWatchLogsLogGroupArn: arn:aws:logs:eu-west-1:111122223333:log-group:errors
                  Enabled: false
                INDEX_SLOW_LOGS:
                  CloudWatchLogsLogGroupArn: arn:aws:logs:eu-west-1:111122223333:log-group:slow
      `,
      errors: [{ messageId: 'noneEnabled', path: ['Resources', 'Search', 'Properties', 'LogPublishingOptions'], line: 6, column: 9 }],
    },
  ],
});
