import rule from '../../../rules/neptune/neptune-cluster-storage-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted cluster',
      yaml: `
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              StorageEncrypted: true
      `,
    },
    {
      name: 'restored from a snapshot without the property inherits its encryption (a naive rule flags it)',
      yaml: `
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              SnapshotIdentifier: arn:aws:rds:eu-west-1:123456789012:cluster-snapshot:graph-final
      `,
    },
    {
      name: 'encrypted in both Fn::If branches',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              StorageEncrypted: !If [IsProd, true, 'true']
      `,
    },
  ],
  invalid: [
    {
      name: 'cluster without StorageEncrypted',
      yaml: `
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              DBClusterIdentifier: graph
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Graph'], line: 2, column: 3 }],
      output: `
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              DBClusterIdentifier: graph
              StorageEncrypted: true
      `,
    },
    {
      name: 'StorageEncrypted false through a parameter default: reported, no fix',
      yaml: `
        Parameters:
          Encrypt:
            Type: String
            Default: 'false'
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              StorageEncrypted: !Ref Encrypt
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Graph', 'Properties', 'StorageEncrypted'], line: 9, column: 25, message: 'from the Default of parameter Encrypt' }],
    },
  ],
});
