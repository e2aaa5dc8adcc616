import rule from '../../../rules/rds/rds-master-password-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Secrets Manager dynamic reference',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: '{{resolve:secretsmanager:DbSecret:SecretString:password}}'
      `,
    },
    {
      name: 'SSM SecureString dynamic reference',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: '{{resolve:ssm-secure:/db/password:1}}'
      `,
    },
    {
      name: 'dynamic reference built with !Sub (a naive rule sees a string literal)',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              MasterUsername: app
              MasterUserPassword: !Sub "{{resolve:secretsmanager:\${DbSecret}:SecretString:password}}"
          DbSecret:
            Type: AWS::SecretsManager::Secret
      `,
    },
    {
      name: 'dynamic reference built with !Join',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: !Join ['', ['{{resolve:secretsmanager:', !Ref DbSecret, ':SecretString:password}}']]
          DbSecret:
            Type: AWS::SecretsManager::Secret
      `,
    },
    {
      name: 'NoEcho parameter without Default',
      yaml: `
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: !Ref DbPassword
      `,
    },
    {
      name: 'password imported from another stack is unknown',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: !ImportValue shared-db-password
      `,
    },
  ],
  invalid: [
    {
      name: 'literal password on an instance',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: Sup3rS3cret!
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Db', 'Properties', 'MasterUserPassword'], line: 6, column: 27, message: 'RDS instance Db' }],
      output: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: "{{resolve:secretsmanager:DbSecret:SecretString:password}}"
      `,
    },
    {
      name: 'parameter without NoEcho',
      yaml: `
        Parameters:
          DbPassword:
            Type: String
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              MasterUsername: app
              MasterUserPassword: !Ref DbPassword
      `,
      errors: [{ messageId: 'paramEcho', path: ['Resources', 'Cluster', 'Properties', 'MasterUserPassword'], line: 10, column: 27, message: 'DB cluster Cluster' }],
      output: `
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              MasterUsername: app
              MasterUserPassword: !Ref DbPassword
      `,
    },
    {
      name: 'NoEcho parameter with a Default',
      yaml: `
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
            Default: changeme123
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: !Ref DbPassword
      `,
      errors: [{ messageId: 'paramDefault', path: ['Resources', 'Db', 'Properties', 'MasterUserPassword'], line: 11, column: 27, message: 'from the Default of parameter DbPassword' }],
      output: `
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: !Ref DbPassword
      `,
    },
    {
      name: 'plain SSM parameter reference',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: '{{resolve:ssm:UnsecureSecretString:1}}'
      `,
      errors: [{ messageId: 'ssmPlain', path: ['Resources', 'Db', 'Properties', 'MasterUserPassword'], line: 6, column: 27 }],
    },
    {
      name: 'literal in one Fn::If branch only',
      yaml: `
        Conditions:
          IsDev: !Equals [!Ref AWS::StackName, dev]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: app
              MasterUserPassword: !If [IsDev, devpassword1, '{{resolve:secretsmanager:DbSecret:SecretString:password}}']
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Db', 'Properties', 'MasterUserPassword', 'Fn::If', 1], line: 8, column: 39, message: 'when condition IsDev is true' }],
    },
  ],
});
