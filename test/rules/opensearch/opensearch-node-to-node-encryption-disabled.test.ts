import rule from '../../../rules/opensearch/opensearch-node-to-node-encryption-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'enabled',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              NodeToNodeEncryptionOptions:
                Enabled: true
      `,
    },
    {
      name: 'enabled from a parameter without default is unknown, not reported',
      yaml: `
        Parameters:
          NodeEncryption:
            Type: String
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              NodeToNodeEncryptionOptions:
                Enabled: !Ref NodeEncryption
      `,
    },
  ],
  invalid: [
    {
      name: 'missing options',
      yaml: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              ElasticsearchVersion: '7.10'
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Search'], line: 2, column: 3 }],
      output: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              ElasticsearchVersion: '7.10'
              NodeToNodeEncryptionOptions:
                Enabled: true
      `,
    },
    {
      name: 'explicitly disabled',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              NodeToNodeEncryptionOptions:
                Enabled: 'false'
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Search', 'Properties', 'NodeToNodeEncryptionOptions', 'Enabled'], line: 6, column: 18 }],
      output: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              NodeToNodeEncryptionOptions:
                Enabled: true
      `,
    },
    {
      name: 'options block without Enabled, under a condition',
      yaml: `
        Conditions:
          Encrypt: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              NodeToNodeEncryptionOptions: !If [Encrypt, {Enabled: true}, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Search', 'Properties', 'NodeToNodeEncryptionOptions'], line: 7, column: 7, message: 'when condition Encrypt is false' }],
    },
  ],
});
