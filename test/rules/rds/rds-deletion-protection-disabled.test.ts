import rule from '../../../rules/rds/rds-deletion-protection-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'protected instance',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.m5.large
              DeletionProtection: true
      `,
    },
    {
      name: 'Aurora member instance (protection lives on the cluster)',
      yaml: `
        Resources:
          Aurora:
            Type: AWS::RDS::DBInstance
            Properties:
              DBInstanceClass: db.m5.large
              Engine: aurora
      `,
    },
    {
      name: 'protection from a parameter default',
      yaml: `
        Parameters:
          Protect:
            Type: String
            Default: 'true'
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              DeletionProtection: !Ref Protect
      `,
    },
  ],
  invalid: [
    {
      name: 'instance without protection',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              DBInstanceClass: db.m5.large
              Engine: mysql
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Db'], line: 2, column: 3 }],
      output: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              DBInstanceClass: db.m5.large
              Engine: mysql
              DeletionProtection: true
      `,
    },
    {
      name: 'cluster with protection off',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              DeletionProtection: False
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Cluster', 'Properties', 'DeletionProtection'], line: 6, column: 27, message: 'DB cluster Cluster' }],
      output: `
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              DeletionProtection: true
      `,
    },
    {
      name: 'protection off in a branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              DBInstanceClass: db.m5.large
              Engine: postgres
              DeletionProtection: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Db', 'Properties', 'DeletionProtection', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
