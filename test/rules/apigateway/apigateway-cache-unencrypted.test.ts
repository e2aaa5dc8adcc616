import rule from '../../../rules/apigateway/apigateway-cache-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'stage caching with encryption',
      yaml: `
        Resources:
          Prod:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              DeploymentId: dep123
              CacheClusterEnabled: true
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: '*'
                  CachingEnabled: true
                  CacheDataEncrypted: true
      `,
    },
    {
      name: 'method settings without caching need no cache encryption (a naive rule flags them)',
      yaml: `
        Resources:
          Prod:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              DeploymentId: dep123
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: '*'
                  MetricsEnabled: true
                  CacheDataEncrypted: false
      `,
    },
    {
      name: 'deployment without StageDescription',
      yaml: `
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
      `,
    },
  ],
  invalid: [
    {
      name: 'stage method caching without encryption',
      yaml: `
        Resources:
          Prod:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: '*'
                  CachingEnabled: true
      `,
      errors: [{ messageId: 'unencrypted', path: ['Resources', 'Prod', 'Properties', 'MethodSettings', 0], line: 7, column: 11 }],
      output: `
        Resources:
          Prod:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: api123
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: '*'
                  CachingEnabled: true
                  CacheDataEncrypted: true
      `,
    },
    {
      name: 'deployment StageDescription with caching and encryption false',
      yaml: `
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
              StageDescription:
                CachingEnabled: 'true'
                CacheDataEncrypted: 'false'
      `,
      errors: [{ messageId: 'unencrypted', path: ['Resources', 'Deployment', 'Properties', 'StageDescription', 'CacheDataEncrypted'], line: 8, column: 29 }],
      output: `
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
              StageDescription:
                CachingEnabled: 'true'
                CacheDataEncrypted: true
      `,
    },
    {
      name: 'caching turned on by a parameter default',
      yaml: `
        Parameters:
          Cache:
            Type: String
            Default: 'true'
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: api123
              StageDescription:
                CachingEnabled: !Ref Cache
      `,
      errors: [{ messageId: 'unencrypted', path: ['Resources', 'Deployment', 'Properties', 'StageDescription'], line: 10, column: 7 }],
    },
  ],
});
