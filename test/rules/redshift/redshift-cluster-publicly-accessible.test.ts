import rule from '../../../rules/redshift/redshift-cluster-publicly-accessible';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'unset: Redshift clusters are private by default',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
      `,
    },
    {
      name: 'both Fn::If branches private, one written as a string (a naive rule flags the If)',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              PubliclyAccessible: !If [IsProd, false, "false"]
      `,
    },
  ],
  invalid: [
    {
      name: 'public cluster',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              PubliclyAccessible: true
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Warehouse', 'Properties', 'PubliclyAccessible'], line: 7, column: 27 }],
      output: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              PubliclyAccessible: false
      `,
    },
    {
      name: 'public in dev only',
      yaml: `
        Conditions:
          IsDev: !Equals [!Ref AWS::StackName, dev]
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              PubliclyAccessible: !If [IsDev, true, false]
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Warehouse', 'Properties', 'PubliclyAccessible', 'Fn::If', 1], line: 9, column: 39, message: 'when condition IsDev is true' }],
    },
  ],
});
