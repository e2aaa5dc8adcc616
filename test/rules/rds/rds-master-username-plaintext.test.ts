import rule from '../../../rules/rds/rds-master-username-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'user name from Secrets Manager',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: '{{resolve:secretsmanager:DbSecret:SecretString:username}}'
              MasterUserPassword: '{{resolve:secretsmanager:DbSecret:SecretString:password}}'
      `,
    },
    {
      name: 'Aurora member instance takes the user from its cluster (a naive rule flags the literal)',
      yaml: `
        Resources:
          Member:
            Type: AWS::RDS::DBInstance
            Properties:
              DBClusterIdentifier: !Ref Cluster
              MasterUsername: admin
          Cluster:
            Type: AWS::RDS::DBCluster
      `,
    },
    {
      name: 'NoEcho parameter without Default',
      yaml: `
        Parameters:
          DbUser:
            Type: String
            NoEcho: true
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: !Ref DbUser
      `,
    },
  ],
  invalid: [
    {
      name: 'literal user name',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: admin
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Db', 'Properties', 'MasterUsername'], line: 5, column: 23 }],
      output: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: "{{resolve:secretsmanager:DbSecret:SecretString:username}}"
      `,
    },
    {
      name: 'user name from a parameter Default',
      yaml: `
        Parameters:
          DbUser:
            Type: String
            Default: admin
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: !Ref DbUser
      `,
      errors: [{ messageId: 'paramDefault', path: ['Resources', 'Db', 'Properties', 'MasterUsername'], line: 9, column: 23 }],
    },
  ],
});
