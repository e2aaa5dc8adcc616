import rule from '../../../rules/mq/mq-broker-user-password-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Secrets Manager reference',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              PubliclyAccessible: false
              Users:
                - Username: app
                  Password: '{{resolve:secretsmanager:BrokerSecret:SecretString:password}}'
      `,
    },
    {
      name: 'NoEcho parameter in a user list (a naive rule flags any Password key)',
      yaml: `
        Parameters:
          BrokerPassword:
            Type: String
            NoEcho: true
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              Users:
                - Username: app
                  Password: !Ref BrokerPassword
      `,
    },
  ],
  invalid: [
    {
      name: 'literal password of the second user',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              Users:
                - Username: app
                  Password: '{{resolve:secretsmanager:BrokerSecret:SecretString:password}}'
                - Username: admin
                  Password: b@dP@sW0rD123
                  ConsoleAccess: true
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Broker', 'Properties', 'Users', 1, 'Password'], line: 10, column: 21, message: 'Amazon MQ broker Broker' }],
      output: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              Users:
                - Username: app
                  Password: '{{resolve:secretsmanager:BrokerSecret:SecretString:password}}'
                - Username: admin
                  Password: "{{resolve:secretsmanager:BrokerSecret:SecretString:password}}"
                  ConsoleAccess: true
      `,
    },
    {
      name: 'plain SSM reference',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              Users:
                - Username: app
                  Password: '{{resolve:ssm:/mq/password:1}}'
      `,
      errors: [{ messageId: 'ssmPlain', path: ['Resources', 'Broker', 'Properties', 'Users', 0, 'Password'], line: 8, column: 21 }],
    },
  ],
});
