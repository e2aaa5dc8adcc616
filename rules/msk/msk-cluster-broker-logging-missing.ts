import { defineRule, isMap } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an Amazon MSK cluster (`AWS::MSK::Cluster`) whose `LoggingInfo.BrokerLogs` is missing or
 * enables none of its destinations (CloudWatch Logs, Firehose, S3).
 *
 * ## Why it matters
 * Broker logs record client connections, authentication and authorization failures and broker
 * errors. Without them a client abusing its ACLs, or an outage caused by a broker problem, leaves no
 * trace you can inspect.
 *
 * ## Example
 * ```yaml
 * Kafka:
 *   Type: AWS::MSK::Cluster
 *   Properties:
 *     ClusterName: events
 *     KafkaVersion: 3.6.0
 *     NumberOfBrokerNodes: 3
 * ```
 *
 * ## Use instead
 * ```yaml
 *     LoggingInfo:
 *       BrokerLogs:
 *         CloudWatchLogs:
 *           Enabled: true
 *           LogGroup: !Ref KafkaLogs
 * ```
 *
 * ## Fix safety
 * No automatic fix: choose a destination (log group, Firehose stream or bucket).
 *
 * ## References
 * - https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-brokerlogs.html
 */
export default defineRule({
  meta: {
    id: 'SW5625',
    name: 'msk-cluster-broker-logging-missing',
    family: 'msk',
    category: 'logging',
    severity: 'low',
    description: 'MSK cluster does not deliver broker logs anywhere',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'MSK cluster {{cluster}} has no LoggingInfo.BrokerLogs: broker connection and error logs are not kept',
      noneEnabled: 'MSK cluster {{cluster}} enables no broker log destination: broker connection and error logs are not kept',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html'],
    equivalents: { checkov: ['CKV_AWS_80'], trivy: ['AVD-AWS-0074'] },
    cdk: 'logging: { cloudwatchLogGroup: logGroup }',
  },
  resource: {
    types: ['AWS::MSK::Cluster'],
    check(ctx) {
      const cluster = ctx.resource.logicalId;
      for (const logs of ctx.prop('LoggingInfo.BrokerLogs')) {
        if (logs.missing) {
          ctx.report({ at: logs, messageId: 'missing', data: { cluster } });
          continue;
        }
        if (!isMap(logs.node) || logs.node.intrinsic) continue;
        const maybeOn = ['CloudWatchLogs', 'Firehose', 'S3'].some((d) => below(ctx, logs, [d, 'Enabled']).some((e) => !e.missing && ctx.bool(e) !== 'false'));
        if (!maybeOn) ctx.report({ at: logs, messageId: 'noneEnabled', data: { cluster } });
      }
    },
  },
});
