import rule from '../../../rules/opensearch/opensearch-domain-at-rest-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'OpenSearch domain encrypted',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions:
                Enabled: true
      `,
    },
    {
      name: 't2 instances cannot encrypt at rest (a naive rule flags them)',
      yaml: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              ElasticsearchVersion: '5.5'
              ElasticsearchClusterConfig:
                InstanceType: t2.small.elasticsearch
      `,
    },
    {
      name: 'Enabled from a parameter without default',
      yaml: `
        Parameters:
          Encrypt:
            Type: String
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions:
                Enabled: !Ref Encrypt
      `,
    },
  ],
  invalid: [
    {
      name: 'OpenSearch domain without EncryptionAtRestOptions',
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
              EncryptionAtRestOptions:
                Enabled: true
      `,
    },
    {
      name: 'Elasticsearch domain with Enabled false',
      yaml: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              DomainName: logs
              EncryptionAtRestOptions:
                Enabled: false
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Search', 'Properties', 'EncryptionAtRestOptions', 'Enabled'], line: 7, column: 18 }],
      output: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              DomainName: logs
              EncryptionAtRestOptions:
                Enabled: true
      `,
    },
    {
      name: 'options present without Enabled',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions:
                KmsKeyId: alias/search
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Search', 'Properties', 'EncryptionAtRestOptions'], line: 5, column: 7 }],
      output: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions:
                KmsKeyId: alias/search
                Enabled: true
      `,
    },
  ],
});
