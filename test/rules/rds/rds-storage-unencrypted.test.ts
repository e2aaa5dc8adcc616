import rule from '../../../rules/rds/rds-storage-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted instance',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
              StorageEncrypted: true
      `,
    },
    {
      name: 'Aurora member instance: encryption belongs to the cluster (a naive rule flags it)',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              StorageEncrypted: true
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: !Ref Cluster
              DBInstanceClass: db.r6g.large
      `,
    },
    {
      name: 'read replica inherits from its source',
      yaml: `
        Resources:
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: arn:aws:rds:eu-west-1:111122223333:db:primary
              DBInstanceClass: db.t4g.micro
      `,
    },
    {
      name: 'encrypted in both branches of Fn::If',
      yaml: `
        Conditions:
          Big: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              StorageEncrypted: !If [Big, true, "true"]
      `,
    },
  ],
  invalid: [
    {
      name: 'instance without StorageEncrypted',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.t4g.micro
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Db'], line: 2, column: 3, message: 'RDS instance Db' }],
    },
    {
      name: 'cluster with StorageEncrypted false, unsafe fix',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              StorageEncrypted: false
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Cluster', 'Properties', 'StorageEncrypted'], line: 6, column: 25, message: 'DB cluster Cluster' }],
      output: `
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              StorageEncrypted: true
      `,
    },
    {
      name: 'false in one Fn::If branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, "111122223333"]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              StorageEncrypted: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Db', 'Properties', 'StorageEncrypted', 'Fn::If', 2], line: 8, column: 44, message: 'when condition IsProd is false' }],
    },
  ],
});
