import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::AmazonMQ::Broker` with `PubliclyAccessible: true`.
 *
 * ## Why it matters
 * A public broker gets endpoints (AMQP, MQTT, STOMP, OpenWire, and the web console) reachable from the
 * internet, protected only by broker user names and passwords: message brokers are routinely scanned
 * and brute-forced. A private broker is reached through its VPC.
 *
 * ## Example
 * ```yaml
 * Broker:
 *   Type: AWS::AmazonMQ::Broker
 *   Properties:
 *     BrokerName: orders
 *     EngineType: RABBITMQ
 *     PubliclyAccessible: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Broker:
 *   Type: AWS::AmazonMQ::Broker
 *   Properties:
 *     BrokerName: orders
 *     EngineType: RABBITMQ
 *     PubliclyAccessible: false
 *     SubnetIds: [!Ref PrivateSubnet]
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `PubliclyAccessible` replaces the broker (its messages are lost) and clients outside
 * the VPC lose access.
 *
 * ## References
 * - https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-amazonmq-broker.html
 */
export default defineRule({
  meta: {
    id: 'SW5412',
    name: 'mq-broker-publicly-accessible',
    family: 'mq',
    category: 'public-access',
    severity: 'high',
    description: 'Amazon MQ broker is publicly accessible',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      public: 'Amazon MQ broker {{broker}} sets PubliclyAccessible to true: its endpoints and console are reachable from the internet',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/using-amazon-mq-securely.html'],
    equivalents: { checkov: ['CKV_AWS_69'] },
    cdk: 'publiclyAccessible: false',
  },
  resource: {
    types: ['AWS::AmazonMQ::Broker'],
    check(ctx) {
      for (const v of ctx.prop('PubliclyAccessible')) {
        if (v.missing || ctx.bool(v) !== 'true') continue;
        ctx.report({
          at: v,
          messageId: 'public',
          data: { broker: ctx.resource.logicalId },
          fixes: v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set PubliclyAccessible: false (replaces the broker)', 'unsafe', helpers.setAt(ctx, v, 'PubliclyAccessible', false)),
        });
      }
    },
  },
});
