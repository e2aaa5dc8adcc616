import rule from '../../../rules/redshift/redshift-cluster-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted cluster',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              Encrypted: 'true'
      `,
    },
    {
      name: 'restored from a snapshot without Encrypted (a naive rule flags it)',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              SnapshotIdentifier: nightly-2024-01-01
      `,
    },
  ],
  invalid: [
    {
      name: 'cluster without Encrypted',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Warehouse'], line: 2, column: 3 }],
      output: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              Encrypted: true
      `,
    },
    {
      name: 'Encrypted false in one Fn::If branch',
      yaml: `
        Conditions:
          IsDev: !Equals [!Ref AWS::StackName, dev]
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              Encrypted: !If [IsDev, false, true]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Warehouse', 'Properties', 'Encrypted', 'Fn::If', 1], line: 9, column: 30, message: 'when condition IsDev is true' }],
    },
  ],
});
