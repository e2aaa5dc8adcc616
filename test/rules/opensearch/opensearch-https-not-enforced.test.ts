import rule from '../../../rules/opensearch/opensearch-https-not-enforced';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'HTTPS enforced with TLS 1.2',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              DomainEndpointOptions:
                EnforceHTTPS: true
                TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07
      `,
    },
    {
      name: 'EnforceHTTPS as the string "true" through a parameter default',
      yaml: `
        Parameters:
          Https:
            Type: String
            Default: 'true'
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              DomainEndpointOptions:
                EnforceHTTPS: !Ref Https
      `,
    },
  ],
  invalid: [
    {
      name: 'no endpoint options',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EngineVersion: OpenSearch_2.11
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Search'], line: 2, column: 3 }],
      output: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EngineVersion: OpenSearch_2.11
              DomainEndpointOptions:
                EnforceHTTPS: true
                TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07
      `,
    },
    {
      name: 'EnforceHTTPS false and the TLS 1.0 policy',
      yaml: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              DomainEndpointOptions:
                EnforceHTTPS: false
                TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07
      `,
      errors: [
        { messageId: 'isFalse', path: ['Resources', 'Search', 'Properties', 'DomainEndpointOptions', 'EnforceHTTPS'], line: 6, column: 23 },
        { messageId: 'oldTls', path: ['Resources', 'Search', 'Properties', 'DomainEndpointOptions', 'TLSSecurityPolicy'], line: 7, column: 28 },
      ],
      output: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              DomainEndpointOptions:
                EnforceHTTPS: true
                TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07
      `,
    },
    {
      name: 'HTTPS only in one branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111111111111']
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              DomainEndpointOptions:
                EnforceHTTPS: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Search', 'Properties', 'DomainEndpointOptions', 'EnforceHTTPS', 'Fn::If', 2], line: 8, column: 42, message: 'when condition IsProd is false' }],
    },
  ],
});
