import rule from '../../../rules/apigateway/apigateway-stage-access-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'stage with access logs',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              DeploymentId: !Ref Deployment
              StageName: prod
              AccessLogSetting:
                DestinationArn: !GetAtt AccessLogs.Arn
                Format: $context.requestId
          Api:
            Type: AWS::ApiGateway::RestApi
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
          AccessLogs:
            Type: AWS::Logs::LogGroup
      `,
    },
    {
      name: 'destination imported from another stack (unknown, still set)',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
              AccessLogSetting:
                DestinationArn: !ImportValue shared-api-access-logs
      `,
    },
  ],
  invalid: [
    {
      name: 'stage without access logs',
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
      name: 'setting with a format but no destination',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
              AccessLogSetting:
                Format: $context.requestId
      `,
      errors: [{ messageId: 'noDestination', path: ['Resources', 'Stage', 'Properties', 'AccessLogSetting'], line: 7, column: 7 }],
    },
    {
      name: 'access logs only in one Fn::If branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
              AccessLogSetting: !If [IsProd, { DestinationArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:api' }, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Stage', 'Properties', 'AccessLogSetting'], line: 9, column: 7, message: 'when condition IsProd is false' }],
    },
  ],
});
