import rule from '../../../rules/msk/msk-plaintext-traffic-allowed';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'defaults are TLS and in-cluster encryption (a naive rule flags the missing block)',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              KafkaVersion: 3.6.0
              NumberOfBrokerNodes: 3
      `,
    },
    {
      name: 'explicit TLS via a parameter default',
      yaml: `
        Parameters:
          ClientEncryption:
            Type: String
            Default: TLS
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              EncryptionInfo:
                EncryptionInTransit:
                  ClientBroker: !Ref ClientEncryption
                  InCluster: true
      `,
    },
  ],
  invalid: [
    {
      name: 'TLS_PLAINTEXT and InCluster false',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              EncryptionInfo:
                EncryptionInTransit:
                  ClientBroker: TLS_PLAINTEXT
                  InCluster: false
      `,
      errors: [
        { messageId: 'clientBroker', path: ['Resources', 'Kafka', 'Properties', 'EncryptionInfo', 'EncryptionInTransit', 'ClientBroker'], line: 7, column: 25 },
        { messageId: 'inCluster', path: ['Resources', 'Kafka', 'Properties', 'EncryptionInfo', 'EncryptionInTransit', 'InCluster'], line: 8, column: 22 },
      ],
      output: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              EncryptionInfo:
                EncryptionInTransit:
                  ClientBroker: TLS
                  InCluster: false
      `,
    },
    {
      name: 'PLAINTEXT only when a condition holds',
      yaml: `
        Conditions:
          Dev: !Equals [!Ref AWS::AccountId, '222222222222']
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              EncryptionInfo:
                EncryptionInTransit:
                  ClientBroker: !If [Dev, PLAINTEXT, TLS]
      `,
      errors: [{ messageId: 'clientBroker', path: ['Resources', 'Kafka', 'Properties', 'EncryptionInfo', 'EncryptionInTransit', 'ClientBroker', 'Fn::If', 1], line: 9, column: 35, message: 'when condition Dev is true' }],
    },
  ],
});
