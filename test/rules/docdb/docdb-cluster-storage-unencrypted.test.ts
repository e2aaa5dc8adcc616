import rule from '../../../rules/docdb/docdb-cluster-storage-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted cluster with a customer key',
      yaml: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              StorageEncrypted: true
              KmsKeyId: !Ref DocsKey
          DocsKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'an RDS cluster is not a DocumentDB cluster (another rule covers it)',
      yaml: `
        Resources:
          Docs:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
      `,
    },
    {
      name: 'StorageEncrypted imported from another stack is unknown',
      yaml: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              StorageEncrypted: !ImportValue shared-encrypt-flag
      `,
    },
  ],
  invalid: [
    {
      name: 'cluster without StorageEncrypted',
      yaml: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              MasterUsername: admin
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Docs'], line: 2, column: 3 }],
      output: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              MasterUsername: admin
              StorageEncrypted: true
      `,
    },
    {
      name: 'StorageEncrypted false',
      yaml: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              StorageEncrypted: false
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Docs', 'Properties', 'StorageEncrypted'], line: 5, column: 25 }],
      output: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              StorageEncrypted: true
      `,
    },
  ],
});
