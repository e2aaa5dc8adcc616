import rule from '../../../rules/waf/apigateway-stage-without-waf';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'stage with a web ACL association built with Fn::Sub',
      yaml: `
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: orders
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              StageName: prod
          StageWaf:
            Type: AWS::WAFv2::WebACLAssociation
            Properties:
              ResourceArn: !Sub arn:aws:apigateway:\${AWS::Region}::/restapis/\${Api}/stages/\${Stage}
              WebACLArn: arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/api/abc
      `,
    },
    {
      name: 'private API is exempt (a naive rule flags it)',
      yaml: `
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: internal
              EndpointConfiguration:
                Types: [PRIVATE]
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              StageName: prod
      `,
    },
  ],
  invalid: [
    {
      name: 'regional API stage without WAF',
      yaml: `
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: orders
              EndpointConfiguration:
                Types: [REGIONAL]
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              StageName: prod
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Stage'], line: 8, column: 3 }],
    },
    {
      name: 'association names only the API, not the stage',
      yaml: `
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              StageName: prod
          Waf:
            Type: AWS::WAFv2::WebACLAssociation
            Properties:
              ResourceArn: !Sub arn:aws:apigateway:\${AWS::Region}::/restapis/api123/stages/dev
              WebACLArn: arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/api/abc
              Tags: [{ Key: stage, Value: !Ref Stage }]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Stage'], line: 2, column: 3 }],
    },
  ],
});
