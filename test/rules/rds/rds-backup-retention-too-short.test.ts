import rule from '../../../rules/rds/rds-backup-retention-too-short';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'a week of backups',
      yaml: `
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
      name: 'read replica is skipped (a naive rule flags the missing value)',
      yaml: `
        Resources:
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: primary-db
              DBInstanceClass: db.m5.large
      `,
    },
    {
      name: 'backups off is another rule',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
              BackupRetentionPeriod: 0
      `,
    },
    {
      name: 'lower threshold from settings',
      settings: { rules: { SW5703: { options: { minDays: 3 } } } },
      yaml: `
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              BackupRetentionPeriod: 3
      `,
    },
  ],
  invalid: [
    {
      name: 'default one-day retention',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Db'], line: 2, column: 3 }],
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
      name: 'three days from a parameter default',
      yaml: `
        Parameters:
          Retention:
            Type: Number
            Default: 3
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              BackupRetentionPeriod: !Ref Retention
      `,
      errors: [{ messageId: 'short', path: ['Resources', 'Cluster', 'Properties', 'BackupRetentionPeriod'], line: 10, column: 30, message: 'keeps backups for 3 day(s)' }],
    },
  ],
});
