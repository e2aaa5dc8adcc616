import rule from '../../../rules/apigateway/apigatewayv2-stage-access-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'HTTP API stage with access logs',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: api123
              StageName: $default
              AccessLogSettings:
                DestinationArn: !GetAtt Logs.Arn
                Format: $context.requestId
          Logs:
            Type: AWS::Logs::LogGroup
      `,
    },
    {
      name: 'access logs in both Fn::If branches',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Stage:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: api123
              StageName: $default
              AccessLogSettings: !If
                - IsProd
                - DestinationArn: arn:aws:logs:eu-west-1:111122223333:log-group:prod-api
                - DestinationArn: arn:aws:logs:eu-west-1:111122223333:log-group:dev-api
      `,
    },
  ],
  invalid: [
    {
      name: 'stage without access logs',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: api123
              StageName: $default
              AutoDeploy: true
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Stage'], line: 2, column: 3 }],
    },
    {
      name: 'settings without a destination',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: api123
              StageName: prod
              AccessLogSettings:
                Format: $context.requestId
      `,
      errors: [{ messageId: 'noDestination', path: ['Resources', 'Stage', 'Properties', 'AccessLogSettings'], line: 7, column: 7 }],
    },
  ],
});
