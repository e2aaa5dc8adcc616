import rule from '../../../rules/opensearch/opensearch-domain-not-in-vpc';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'VPC domain',
      yaml: `
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              VPCOptions:
                SubnetIds: [!Ref Subnet]
                SecurityGroupIds: [!Ref Sg]
      `,
    },
    {
      name: 'VPC options in both branches (a naive rule flags the If)',
      yaml: `
        Conditions:
          Ha: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              VPCOptions: !If
                - Ha
                - SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                - SubnetIds: [!Ref SubnetA]
      `,
    },
  ],
  invalid: [
    {
      name: 'public domain',
      yaml: `
        Resources:
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              ElasticsearchVersion: '7.10'
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Search'], line: 2, column: 3 }],
    },
    {
      name: 'public when a condition is false',
      yaml: `
        Conditions:
          Private: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              VPCOptions: !If [Private, {SubnetIds: [!Ref Subnet]}, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Search', 'Properties', 'VPCOptions'], line: 7, column: 7, message: 'when condition Private is false' }],
    },
  ],
});
