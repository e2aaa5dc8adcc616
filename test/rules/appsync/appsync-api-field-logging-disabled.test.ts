import rule from '../../../rules/appsync/appsync-api-field-logging-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'error-level field logs',
      yaml: `
        Resources:
          Api:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: API_KEY
              LogConfig:
                FieldLogLevel: ERROR
                CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/appsync-logs
      `,
    },
    {
      name: 'level from a parameter default ALL (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Level:
            Type: String
            Default: ALL
        Resources:
          Api:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: API_KEY
              LogConfig:
                FieldLogLevel: !Ref Level
                CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/appsync-logs
      `,
    },
  ],
  invalid: [
    {
      name: 'no log config',
      yaml: `
        Resources:
          Api:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: API_KEY
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Api'], line: 2, column: 3 }],
    },
    {
      name: 'field logging NONE',
      yaml: `
        Resources:
          Api:
            Type: AWS::AppSync::GraphQLApi
            Properties:
              Name: orders
              AuthenticationType: API_KEY
              LogConfig:
                FieldLogLevel: NONE
      `,
      errors: [{ messageId: 'none', path: ['Resources', 'Api', 'Properties', 'LogConfig', 'FieldLogLevel'], line: 8, column: 24 }],
    },
  ],
});
