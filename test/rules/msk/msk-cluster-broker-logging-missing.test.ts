import rule from '../../../rules/msk/msk-cluster-broker-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'broker logs to CloudWatch',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              LoggingInfo:
                BrokerLogs:
                  CloudWatchLogs:
                    Enabled: true
                    LogGroup: kafka
      `,
    },
    {
      name: 'S3 delivery switched by a parameter without default (may be on)',
      yaml: `
        Parameters:
          ToS3:
            Type: String
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              LoggingInfo:
                BrokerLogs:
                  S3:
                    Enabled: !Ref ToS3
                    Bucket: kafka-logs
      `,
    },
  ],
  invalid: [
    {
      name: 'no broker logs',
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
      name: 'every destination disabled',
      yaml: `
        Resources:
          Kafka:
            Type: AWS::MSK::Cluster
            Properties:
              ClusterName: events
              LoggingInfo:
                BrokerLogs:
                  CloudWatchLogs:
                    Enabled: false
      `,
      errors: [{ messageId: 'noneEnabled', path: ['Resources', 'Kafka', 'Properties', 'LoggingInfo', 'BrokerLogs'], line: 8, column: 11 }],
    },
  ],
});
