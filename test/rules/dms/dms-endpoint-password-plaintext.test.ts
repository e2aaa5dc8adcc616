import rule from '../../../rules/dms/dms-endpoint-password-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Secrets Manager reference',
      yaml: `
        Resources:
          Source:
            Type: AWS::DMS::Endpoint
            Properties:
              EndpointType: source
              EngineName: mysql
              Username: migrate
              Password: '{{resolve:secretsmanager:SourceDb:SecretString:password}}'
      `,
    },
    {
      name: 'credentials from SecretsManagerSecretId settings (a naive rule expects Password)',
      yaml: `
        Resources:
          Source:
            Type: AWS::DMS::Endpoint
            Properties:
              EndpointType: source
              EngineName: mongodb
              MongoDbSettings:
                SecretsManagerSecretId: !Ref SourceSecret
                SecretsManagerAccessRoleArn: !GetAtt DmsRole.Arn
          SourceSecret:
            Type: AWS::SecretsManager::Secret
          DmsRole:
            Type: AWS::IAM::Role
      `,
    },
  ],
  invalid: [
    {
      name: 'literal endpoint password',
      yaml: `
        Resources:
          Source:
            Type: AWS::DMS::Endpoint
            Properties:
              EndpointType: source
              EngineName: mysql
              Username: migrate
              Password: Sup3rS3cret!
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Source', 'Properties', 'Password'], line: 8, column: 17 }],
      output: `
        Resources:
          Source:
            Type: AWS::DMS::Endpoint
            Properties:
              EndpointType: source
              EngineName: mysql
              Username: migrate
              Password: "{{resolve:secretsmanager:SourceSecret:SecretString:password}}"
      `,
    },
    {
      name: 'MongoDB settings password from a parameter without NoEcho',
      yaml: `
        Parameters:
          MongoPassword:
            Type: String
        Resources:
          Source:
            Type: AWS::DMS::Endpoint
            Properties:
              EndpointType: source
              EngineName: mongodb
              MongoDbSettings:
                Username: migrate
                Password: !Ref MongoPassword
      `,
      errors: [{ messageId: 'paramEcho', path: ['Resources', 'Source', 'Properties', 'MongoDbSettings', 'Password'], line: 12, column: 19, message: 'MongoDbSettings.Password of DMS endpoint Source' }],
    },
  ],
});
