import rule from '../../../rules/rds/rds-automated-backups-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'retention not set (RDS keeps one day)',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
      `,
    },
    {
      name: 'Aurora member instance with 0 is decided by the cluster',
      yaml: `
        Resources:
          Member:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: !Ref Cluster
              DBInstanceClass: db.r6g.large
              BackupRetentionPeriod: 0
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
      `,
    },
    {
      name: 'read replica without backups (the source keeps them)',
      yaml: `
        Resources:
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: !Ref Primary
              DBInstanceClass: db.m5.large
              BackupRetentionPeriod: 0
          Primary:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
              BackupRetentionPeriod: 7
      `,
    },
    {
      name: 'retention from a parameter default of 7',
      yaml: `
        Parameters:
          Retention:
            Type: Number
            Default: 7
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
              BackupRetentionPeriod: !Ref Retention
      `,
    },
  ],
  invalid: [
    {
      name: 'backups off',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
              BackupRetentionPeriod: 0
      `,
      errors: [{ messageId: 'zero', path: ['Resources', 'Db', 'Properties', 'BackupRetentionPeriod'], line: 7, column: 30 }],
      output: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
              BackupRetentionPeriod: 7
      `,
    },
    {
      name: 'backups off as a string, only in the dev branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
              BackupRetentionPeriod: !If [IsProd, 14, '0']
      `,
      errors: [{ messageId: 'zero', path: ['Resources', 'Db', 'Properties', 'BackupRetentionPeriod', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
