import rule from '../../../rules/msk/msk-cluster-public-access';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'public access disabled',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              KafkaVersion: 3.6.0
              NumberOfBrokerNodes: 3
              BrokerNodeGroupInfo:
                InstanceType: kafka.m5.large
                ClientSubnets: [subnet-1, subnet-2, subnet-3]
                ConnectivityInfo:
                  PublicAccess:
                    Type: DISABLED
      `,
    },
    {
      name: 'no connectivity info (private by default)',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              KafkaVersion: 3.6.0
              NumberOfBrokerNodes: 3
              BrokerNodeGroupInfo:
                InstanceType: kafka.m5.large
                ClientSubnets: [subnet-1, subnet-2, subnet-3]
      `,
    },
  ],
  invalid: [
    {
      name: 'service-provided EIPs',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              KafkaVersion: 3.6.0
              NumberOfBrokerNodes: 3
              BrokerNodeGroupInfo:
                InstanceType: kafka.m5.large
                ClientSubnets: [subnet-1, subnet-2, subnet-3]
                ConnectivityInfo:
                  PublicAccess:
                    Type: SERVICE_PROVIDED_EIPS
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Kafka', 'Properties', 'BrokerNodeGroupInfo', 'ConnectivityInfo', 'PublicAccess', 'Type'], line: 13, column: 19 }],
      output: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              KafkaVersion: 3.6.0
              NumberOfBrokerNodes: 3
              BrokerNodeGroupInfo:
                InstanceType: kafka.m5.large
                ClientSubnets: [subnet-1, subnet-2, subnet-3]
                ConnectivityInfo:
                  PublicAccess:
                    Type: DISABLED
      `,
    },
    {
      name: 'public access through a parameter Default',
      yaml: `
        Parameters:
          PublicAccessType:
            Type: String
            Default: SERVICE_PROVIDED_EIPS
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              KafkaVersion: 3.6.0
              NumberOfBrokerNodes: 3
              BrokerNodeGroupInfo:
                InstanceType: kafka.m5.large
                ClientSubnets: [subnet-1, subnet-2, subnet-3]
                ConnectivityInfo:
                  PublicAccess:
                    Type: !Ref PublicAccessType
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Kafka', 'Properties', 'BrokerNodeGroupInfo', 'ConnectivityInfo', 'PublicAccess', 'Type'], line: 17, column: 19 }],
    },
  ],
});
