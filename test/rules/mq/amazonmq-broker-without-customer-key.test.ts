import rule from '../../../rules/mq/amazonmq-broker-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer managed key',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              EngineType: ACTIVEMQ
              EncryptionOptions:
                UseAwsOwnedKey: false
                KmsKeyId: !Ref BrokerKey
          BrokerKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'explicit AWS owned key is a stated choice (a naive rule flags it)',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              EngineType: ACTIVEMQ
              EncryptionOptions:
                UseAwsOwnedKey: true
      `,
    },
  ],
  invalid: [
    {
      name: 'no EncryptionOptions',
      yaml: `
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              EngineType: ACTIVEMQ
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Broker'], line: 2, column: 3 }],
    },
    {
      name: 'UseAwsOwnedKey false from a parameter default without a key',
      yaml: `
        Parameters:
          Owned:
            Type: String
            Default: 'false'
        Resources:
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              BrokerName: orders
              EngineType: RABBITMQ
              EncryptionOptions:
                UseAwsOwnedKey: !Ref Owned
      `,
      errors: [{ messageId: 'managedKey', path: ['Resources', 'Broker', 'Properties', 'EncryptionOptions'], line: 11, column: 7 }],
    },
  ],
});
