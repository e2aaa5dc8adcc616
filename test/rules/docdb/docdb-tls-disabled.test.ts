import rule from '../../../rules/docdb/docdb-tls-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'tls enabled',
      yaml: `
        Resources:
          Params:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Family: docdb5.0
              Description: app
              Parameters:
                tls: enabled
      `,
    },
    {
      name: 'group without tls keeps the enabled default (a naive rule flags the missing key)',
      yaml: `
        Resources:
          Params:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Family: docdb5.0
              Description: app
              Parameters:
                audit_logs: enabled
                tls: !Ref TlsMode
        Parameters:
          TlsMode:
            Type: String
      `,
    },
  ],
  invalid: [
    {
      name: 'tls disabled',
      yaml: `
        Resources:
          Params:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Family: docdb5.0
              Description: app
              Parameters:
                tls: disabled
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Params', 'Properties', 'Parameters', 'tls'], line: 8, column: 14 }],
      output: `
        Resources:
          Params:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Family: docdb5.0
              Description: app
              Parameters:
                tls: enabled
      `,
    },
    {
      name: 'tls disabled through a parameter default',
      yaml: `
        Parameters:
          TlsMode:
            Type: String
            Default: disabled
        Resources:
          Params:
            Type: AWS::DocDB::DBClusterParameterGroup
            Properties:
              Family: docdb5.0
              Description: app
              Parameters:
                tls: !Ref TlsMode
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Params', 'Properties', 'Parameters', 'tls'], line: 12, column: 14, message: 'from the Default of parameter TlsMode' }],
    },
  ],
});
