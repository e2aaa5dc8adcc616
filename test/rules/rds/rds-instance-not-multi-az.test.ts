import rule from '../../../rules/rds/rds-instance-not-multi-az';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Multi-AZ instance',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
              MultiAZ: true
      `,
    },
    {
      name: 'Aurora member instance (a naive rule flags the missing MultiAZ)',
      yaml: `
        Resources:
          Member:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: !Ref Cluster
              DBInstanceClass: db.r6g.large
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
      `,
    },
    {
      name: 'SQL Server Express cannot be Multi-AZ',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: sqlserver-ex
              DBInstanceClass: db.t3.small
              LicenseModel: license-included
      `,
    },
    {
      name: 'Multi-AZ in both branches',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
              MultiAZ: !If [IsProd, true, 'true']
      `,
    },
  ],
  invalid: [
    {
      name: 'single-AZ instance',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Db'], line: 2, column: 3 }],
      output: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
              MultiAZ: true
      `,
    },
    {
      name: 'Multi-AZ off only outside production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
              MultiAZ: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Db', 'Properties', 'MultiAZ', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
