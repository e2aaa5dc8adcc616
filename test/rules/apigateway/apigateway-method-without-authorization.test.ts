import rule from '../../../rules/apigateway/apigateway-method-without-authorization';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Cognito authorizer, and an OPTIONS preflight without auth',
      yaml: `
        Resources:
          GetOrders:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !Ref Orders
              HttpMethod: GET
              AuthorizationType: COGNITO_USER_POOLS
              AuthorizerId: !Ref Authorizer
          Preflight:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !Ref Orders
              HttpMethod: OPTIONS
              AuthorizationType: NONE
      `,
    },
    {
      name: 'method of a PRIVATE REST API (a naive rule flags NONE everywhere)',
      yaml: `
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: internal
              EndpointConfiguration:
                Types: [PRIVATE]
          GetOrders:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !GetAtt Api.RootResourceId
              HttpMethod: GET
              AuthorizationType: NONE
      `,
    },
    {
      name: 'authorization type from a parameter without default is unknown',
      yaml: `
        Parameters:
          Auth:
            Type: String
        Resources:
          GetOrders:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !Ref Orders
              HttpMethod: GET
              AuthorizationType: !Ref Auth
      `,
    },
  ],
  invalid: [
    {
      name: 'explicit NONE on a regional API',
      yaml: `
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: public
              EndpointConfiguration:
                Types: [REGIONAL]
          PostOrder:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !GetAtt Api.RootResourceId
              HttpMethod: POST
              AuthorizationType: NONE
      `,
      errors: [{ messageId: 'none', path: ['Resources', 'PostOrder', 'Properties', 'AuthorizationType'], line: 14, column: 26, message: '(POST)' }],
    },
    {
      name: 'missing type, and an API key only',
      yaml: `
        Resources:
          Missing:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !Ref Orders
              HttpMethod: ANY
          KeyOnly:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              ResourceId: !Ref Orders
              HttpMethod: GET
              AuthorizationType: !If [Open, NONE, AWS_IAM]
              ApiKeyRequired: true
      `,
      errors: [
        { messageId: 'missing', path: ['Resources', 'Missing'], line: 2, column: 3 },
        { messageId: 'apiKeyOnly', path: ['Resources', 'KeyOnly', 'Properties', 'AuthorizationType', 'Fn::If', 1], line: 14, column: 37, message: 'when condition Open is true' },
      ],
    },
  ],
});
