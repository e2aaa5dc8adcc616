import rule from '../../../rules/apigateway/apigateway-deployment-stage-access-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'deployment stage with access logs',
      yaml: `
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
              StageName: prod
              StageDescription:
                AccessLogSetting:
                  DestinationArn: arn:aws:logs:eu-west-1:111122223333:log-group:api
                  Format: $context.requestId
      `,
    },
    {
      name: 'deployment used by an explicit Stage resource (the stage is checked instead)',
      yaml: `
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              DeploymentId: !Ref Deployment
              StageName: prod
      `,
    },
  ],
  invalid: [
    {
      name: 'deployment creates a stage without access logs',
      yaml: `
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
              StageName: prod
              StageDescription:
                CacheClusterEnabled: true
      `,
      errors: [{ messageId: 'stage', path: ['Resources', 'Deployment', 'Properties', 'StageDescription'], line: 7, column: 7 }],
    },
    {
      name: 'deployment used by no stage in the template',
      yaml: `
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              DeploymentId: hard-coded-deployment
      `,
      errors: [{ messageId: 'noStage', path: ['Resources', 'Deployment'], line: 2, column: 3 }],
    },
    {
      name: 'stage name from a parameter default, logs in one branch only',
      yaml: `
        Parameters:
          Stage:
            Type: String
            Default: prod
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
              StageName: !Ref Stage
              StageDescription: !If [IsProd, { AccessLogSetting: { DestinationArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:api' } }, { MetricsEnabled: true }]
      `,
      errors: [{ messageId: 'stage', path: ['Resources', 'Deployment', 'Properties', 'StageDescription', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
