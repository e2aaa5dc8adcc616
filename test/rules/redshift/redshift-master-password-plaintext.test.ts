import rule from '../../../rules/redshift/redshift-master-password-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'SSM SecureString reference',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: '{{resolve:ssm-secure:/warehouse/password:3}}'
      `,
    },
    {
      name: 'password from a resource attribute is unknown (a naive rule flags any non-reference)',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: !GetAtt PasswordGenerator.Password
          PasswordGenerator:
            Type: Custom::Password
      `,
    },
  ],
  invalid: [
    {
      name: 'literal password',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: Sup3rS3cret1
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Warehouse', 'Properties', 'MasterUserPassword'], line: 6, column: 27, message: 'Redshift cluster Warehouse' }],
      output: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: "{{resolve:secretsmanager:WarehouseSecret:SecretString:password}}"
      `,
    },
    {
      name: 'parameter with NoEcho false',
      yaml: `
        Parameters:
          Password:
            Type: String
            NoEcho: "false"
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: !Ref Password
      `,
      errors: [{ messageId: 'paramEcho', path: ['Resources', 'Warehouse', 'Properties', 'MasterUserPassword'], line: 10, column: 27 }],
    },
  ],
});
