import rule from '../../../rules/docdb/docdb-master-password-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Secrets Manager reference',
      yaml: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: '{{resolve:secretsmanager:DocsSecret:SecretString:password}}'
      `,
    },
    {
      name: 'secure reference in both Fn::If branches (a naive rule flags the If)',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: !If
                - IsProd
                - '{{resolve:secretsmanager:ProdDocs:SecretString:password}}'
                - '{{resolve:secretsmanager:DevDocs:SecretString:password}}'
      `,
    },
  ],
  invalid: [
    {
      name: 'literal password',
      yaml: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: b@dP@sW0rD
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Docs', 'Properties', 'MasterUserPassword'], line: 6, column: 27, message: 'DocumentDB cluster Docs' }],
      output: `
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: "{{resolve:secretsmanager:DocsSecret:SecretString:password}}"
      `,
    },
    {
      name: 'parameter Default',
      yaml: `
        Parameters:
          Password:
            Type: String
            Default: b@dP@sW0rD
        Resources:
          Docs:
            Type: AWS::DocDB::DBCluster
            Properties:
              MasterUsername: admin
              MasterUserPassword: !Ref Password
      `,
      errors: [{ messageId: 'paramDefault', path: ['Resources', 'Docs', 'Properties', 'MasterUserPassword'], line: 10, column: 27 }],
    },
  ],
});
