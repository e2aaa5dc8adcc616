import rule from '../../../rules/apigateway/apigateway-stage-execution-logging-off';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'error-level execution logging on all methods',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
              MethodSettings:
                - ResourcePath: '/*'
                  HttpMethod: '*'
                  LoggingLevel: ERROR
      `,
    },
    {
      name: 'level from a parameter without default is unknown',
      yaml: `
        Parameters:
          Level:
            Type: String
            AllowedValues: [OFF, ERROR, INFO]
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
              MethodSettings:
                - ResourcePath: '/*'
                  HttpMethod: '*'
                  LoggingLevel: !Ref Level
      `,
    },
  ],
  invalid: [
    {
      name: 'no method settings',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Stage'], line: 2, column: 3 }],
    },
    {
      name: 'method settings without a logging level',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
              MethodSettings:
                - ResourcePath: '/*'
                  HttpMethod: '*'
                  MetricsEnabled: true
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Stage', 'Properties', 'MethodSettings'], line: 8, column: 9 }],
    },
    {
      name: 'level OFF from a parameter default',
      yaml: `
        Parameters:
          Level:
            Type: String
            Default: 'OFF'
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
              MethodSettings:
                - ResourcePath: '/*'
                  HttpMethod: '*'
                  LoggingLevel: !Ref Level
      `,
      errors: [{ messageId: 'off', path: ['Resources', 'Stage', 'Properties', 'MethodSettings', 0, 'LoggingLevel'], line: 14, column: 25, message: 'from the Default of parameter Level' }],
    },
  ],
});
