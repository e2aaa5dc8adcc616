import rule from '../../../rules/cfn/secret-property-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'webhook secret from Secrets Manager',
      yaml: `
        Resources:
          Webhook:
            Type: AWS::CodePipeline::Webhook
            Properties:
              Authentication: GITHUB_HMAC
              AuthenticationConfiguration:
                SecretToken: '{{resolve:secretsmanager:WebhookSecret:SecretString:token}}'
      `,
    },
    {
      name: 'EMR Kerberos realm is not a secret (a naive rule flags all KerberosAttributes)',
      yaml: `
        Parameters:
          KdcPassword:
            Type: String
            NoEcho: true
        Resources:
          Cluster:
            Type: AWS::EMR::Cluster
            Properties:
              Name: analytics
              KerberosAttributes:
                Realm: EC2.INTERNAL
                KdcAdminPassword: !Ref KdcPassword
      `,
    },
  ],
  invalid: [
    {
      name: 'literal webhook secret',
      yaml: `
        Resources:
          Webhook:
            Type: AWS::CodePipeline::Webhook
            Properties:
              Authentication: GITHUB_HMAC
              AuthenticationConfiguration:
                SecretToken: 0123456789abcdef
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Webhook', 'Properties', 'AuthenticationConfiguration', 'SecretToken'], line: 7, column: 22, message: 'CodePipeline webhook Webhook' }],
      output: `
        Resources:
          Webhook:
            Type: AWS::CodePipeline::Webhook
            Properties:
              Authentication: GITHUB_HMAC
              AuthenticationConfiguration:
                SecretToken: "{{resolve:secretsmanager:WebhookSecret:SecretString:token}}"
      `,
    },
    {
      name: 'OpsWorks RDS password in a list and a Pinpoint key from a parameter Default',
      yaml: `
        Parameters:
          ApnsKey:
            Type: String
            Default: MIIEvQIBADANBgkqhkiG9w0BAQEFAASC
        Resources:
          Stack:
            Type: AWS::OpsWorks::Stack
            Properties:
              Name: legacy
              RdsDbInstances:
                - DbPassword: b@dP@sW0rD
                  DbUser: admin
                  RdsDbInstanceArn: arn:aws:rds:us-east-2:123456789012:db:legacy
          Apns:
            Type: AWS::Pinpoint::APNSChannel
            Properties:
              ApplicationId: app-id
              PrivateKey: !Ref ApnsKey
      `,
      errors: [
        { messageId: 'literal', path: ['Resources', 'Stack', 'Properties', 'RdsDbInstances', 0, 'DbPassword'], line: 11, column: 23, message: 'RdsDbInstances[].DbPassword of OpsWorks stack Stack' },
        { messageId: 'paramDefault', path: ['Resources', 'Apns', 'Properties', 'PrivateKey'], line: 18, column: 19 },
      ],
    },
  ],
});
