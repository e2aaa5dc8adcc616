import rule from '../../../rules/mq/mq-broker-publicly-accessible';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'private broker',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              EngineType: RABBITMQ
              PubliclyAccessible: false
      `,
    },
    {
      name: 'value from an imported export is unknown',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              EngineType: RABBITMQ
              PubliclyAccessible: !ImportValue broker-public
      `,
    },
  ],
  invalid: [
    {
      name: 'public broker',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              EngineType: RABBITMQ
              PubliclyAccessible: true
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Broker', 'Properties', 'PubliclyAccessible'], line: 7, column: 27 }],
      output: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              EngineType: RABBITMQ
              PubliclyAccessible: false
      `,
    },
  ],
});
