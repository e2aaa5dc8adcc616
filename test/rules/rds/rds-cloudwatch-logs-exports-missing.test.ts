import rule from '../../../rules/rds/rds-cloudwatch-logs-exports-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'postgres logs exported',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
              EnableCloudwatchLogsExports: [postgresql]
      `,
    },
    {
      name: 'Aurora member instance (the cluster exports; a naive rule flags it)',
      yaml: `
        Resources:
          Member:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-mysql
              DBClusterIdentifier: !Ref Cluster
              DBInstanceClass: db.r6g.large
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              EnableCloudwatchLogsExports: [audit, error, slowquery]
      `,
    },
    {
      name: 'log types from a comma-delimited parameter without default',
      yaml: `
        Parameters:
          LogTypes:
            Type: CommaDelimitedList
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.t4g.micro
              EnableCloudwatchLogsExports: !Ref LogTypes
      `,
    },
  ],
  invalid: [
    {
      name: 'no exports',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBInstanceClass: db.t4g.micro
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Db'], line: 2, column: 3 }],
    },
    {
      name: 'empty list in one branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              EnableCloudwatchLogsExports: !If [IsProd, [postgresql], []]
      `,
      errors: [{ messageId: 'empty', path: ['Resources', 'Cluster', 'Properties', 'EnableCloudwatchLogsExports', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
