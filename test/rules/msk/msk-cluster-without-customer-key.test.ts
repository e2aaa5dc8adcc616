import rule from '../../../rules/msk/msk-cluster-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key for broker storage',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              EncryptionInfo:
                EncryptionAtRest:
                  DataVolumeKMSKeyId: !GetAtt KafkaKey.Arn
          KafkaKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'in-transit settings alone are another rule; key imported is unknown',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              EncryptionInfo:
                EncryptionInTransit:
                  ClientBroker: TLS
                EncryptionAtRest:
                  DataVolumeKMSKeyId: !ImportValue kafka-key-arn
      `,
    },
  ],
  invalid: [
    {
      name: 'no EncryptionInfo',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Kafka'], line: 2, column: 3 }],
    },
    {
      name: 'AWS managed kafka key by alias ARN',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              EncryptionInfo:
                EncryptionAtRest:
                  DataVolumeKMSKeyId: arn:aws:kms:eu-west-1:123456789012:alias/aws/kafka
      `,
      errors: [{ messageId: 'awsManaged', path: ['Resources', 'Kafka', 'Properties', 'EncryptionInfo', 'EncryptionAtRest', 'DataVolumeKMSKeyId'], line: 7, column: 31 }],
    },
  ],
});
