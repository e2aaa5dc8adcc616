import rule from '../../../rules/apigateway/apigateway-domain-outdated-tls';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'TLS_1_2',
      yaml: `
        Resources:
          ApiDomain:
            Type: AWS::ApiGateway::DomainName
            Properties:
              DomainName: api.example.com
              RegionalCertificateArn: !Ref Certificate
              SecurityPolicy: TLS_1_2
      `,
    },
    {
      name: 'V2 domain without a policy (only TLS_1_2 exists there; a naive rule flags it)',
      yaml: `
        Resources:
          ApiDomain:
            Type: AWS::ApiGatewayV2::DomainName
            Properties:
              DomainName: api.example.com
              DomainNameConfigurations:
                - CertificateArn: !Ref Certificate
                  EndpointType: REGIONAL
      `,
    },
  ],
  invalid: [
    {
      name: 'no SecurityPolicy on a REST API domain',
      yaml: `
        Resources:
          ApiDomain:
            Type: AWS::ApiGateway::DomainName
            Properties:
              DomainName: api.example.com
              RegionalCertificateArn: !Ref Certificate
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'ApiDomain'], line: 2, column: 3 }],
      output: `
        Resources:
          ApiDomain:
            Type: AWS::ApiGateway::DomainName
            Properties:
              DomainName: api.example.com
              RegionalCertificateArn: !Ref Certificate
              SecurityPolicy: TLS_1_2
      `,
    },
    {
      name: 'TLS_1_0 from a parameter default, and on a V2 configuration',
      yaml: `
        Parameters:
          Tls:
            Type: String
            Default: TLS_1_0
        Resources:
          RestDomain:
            Type: AWS::ApiGateway::DomainName
            Properties:
              DomainName: api.example.com
              CertificateArn: !Ref Certificate
              SecurityPolicy: !Ref Tls
          HttpDomain:
            Type: AWS::ApiGatewayV2::DomainName
            Properties:
              DomainName: ws.example.com
              DomainNameConfigurations:
                - CertificateArn: !Ref Certificate
                  SecurityPolicy: TLS_1_0
      `,
      errors: [
        { messageId: 'tls10', path: ['Resources', 'RestDomain', 'Properties', 'SecurityPolicy'], line: 11, column: 23 },
        { messageId: 'tls10', path: ['Resources', 'HttpDomain', 'Properties', 'DomainNameConfigurations', 0, 'SecurityPolicy'], line: 18, column: 27 },
      ],
    },
  ],
});
