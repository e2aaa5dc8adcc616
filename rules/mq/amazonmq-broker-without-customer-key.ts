import { defineRule } from '../api';
import { keyKind } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::AmazonMQ::Broker` without `EncryptionOptions`, or with `UseAwsOwnedKey: false` but no
 * `KmsKeyId` (which selects the AWS managed `aws/mq` key). An explicit `UseAwsOwnedKey: true` is a
 * stated choice and is not reported.
 *
 * ## Why it matters
 * Amazon MQ always encrypts message data at rest. By default it uses an AWS owned key, whose use you
 * cannot see in CloudTrail or restrict by key policy. A customer managed key lets you audit and revoke
 * access to stored messages. Low severity: the data is encrypted either way.
 *
 * ## Example
 * ```yaml
 * Broker:
 *   Type: AWS::AmazonMQ::Broker
 *   Properties:
 *     BrokerName: orders
 *     EngineType: ACTIVEMQ
 *     HostInstanceType: mq.m5.large
 *     DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
 * ```
 *
 * ## Use instead
 * ```yaml
 * Broker:
 *   Type: AWS::AmazonMQ::Broker
 *   Properties:
 *     BrokerName: orders
 *     EngineType: ACTIVEMQ
 *     HostInstanceType: mq.m5.large
 *     DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
 *     EncryptionOptions:
 *       UseAwsOwnedKey: false
 *       KmsKeyId: !Ref BrokerKey
 * ```
 *
 * ## Fix safety
 * No automatic fix: a key is needed, and changing `EncryptionOptions` replaces the broker.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-amazonmq-broker-encryptionoptions.html
 * - https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/data-protection.html
 */
export default defineRule({
  meta: {
    id: 'SW5016',
    name: 'amazonmq-broker-without-customer-key',
    family: 'mq',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'Amazon MQ broker does not encrypt data with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Amazon MQ broker {{broker}} sets no EncryptionOptions: messages are encrypted with an AWS owned key you cannot audit or control',
      managedKey: 'Amazon MQ broker {{broker}} sets UseAwsOwnedKey false without a KmsKeyId: it uses the AWS managed key aws/mq',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/data-protection.html'],
    equivalents: { checkov: ['CKV_AWS_209'], cfnNag: ['W53'] },
  },
  resource: {
    types: ['AWS::AmazonMQ::Broker'],
    check(ctx) {
      const broker = ctx.resource.logicalId;
      for (const opts of ctx.prop('EncryptionOptions')) {
        if (opts.missing) {
          ctx.report({ at: opts, messageId: 'missing', data: { broker } });
          continue;
        }
        for (const owned of ctx.lookup(opts.node, 'UseAwsOwnedKey')) {
          if (ctx.bool(owned) !== 'false') continue;
          for (const k of ctx.lookup(opts.node, 'KmsKeyId')) {
            const kind = keyKind(ctx, k);
            if (kind === 'empty' || kind === 'aws-managed') ctx.report({ at: k, messageId: 'managedKey', data: { broker }, conditions: opts.conditions });
          }
        }
      }
    },
  },
});
