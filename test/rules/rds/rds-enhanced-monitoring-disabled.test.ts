import rule from '../../../rules/rds/rds-enhanced-monitoring-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'one-minute enhanced monitoring',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
              MonitoringInterval: 60
              MonitoringRoleArn: arn:aws:iam::111122223333:role/rds-monitoring
      `,
    },
    {
      name: 'interval from a parameter default of 15 (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Interval:
            Type: Number
            Default: 15
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
              MonitoringInterval: !Ref Interval
              MonitoringRoleArn: arn:aws:iam::111122223333:role/rds-monitoring
      `,
    },
  ],
  invalid: [
    {
      name: 'monitoring not set',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Db'], line: 2, column: 3 }],
    },
    {
      name: 'interval 0 as a string',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.m6g.large
              MonitoringInterval: '0'
      `,
      errors: [{ messageId: 'zero', path: ['Resources', 'Db', 'Properties', 'MonitoringInterval'], line: 7, column: 27 }],
    },
  ],
});
