import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::SNS::Topic` without `KmsMasterKeyId`, that is, without server-side encryption.
 *
 * ## Why it matters
 * SNS topics are not server-side encrypted unless a KMS key is set. Messages are held only until they
 * are delivered, which keeps the exposure small, but for topics that carry personal or business data
 * SSE (even with the AWS managed `alias/aws/sns` key) keeps message bodies encrypted while stored.
 *
 * ## Example
 * ```yaml
 * Alerts:
 *   Type: AWS::SNS::Topic
 *   Properties:
 *     DisplayName: alerts
 * ```
 *
 * ## Use instead
 * ```yaml
 * Alerts:
 *   Type: AWS::SNS::Topic
 *   Properties:
 *     DisplayName: alerts
 *     KmsMasterKeyId: alias/aws/sns
 * ```
 *
 * ## Fix safety
 * No automatic fix: publishers such as CloudWatch alarms, EventBridge or S3 notifications need
 * kms:GenerateDataKey and kms:Decrypt on a customer managed key (the AWS managed key does not let
 * those services publish), so the right key depends on who publishes.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html
 * - https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5012',
    name: 'sns-topic-unencrypted',
    family: 'sns',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'SNS topic does not use server-side encryption',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'SNS topic {{topic}} sets no KmsMasterKeyId: messages are stored without server-side encryption',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_26'], cfnNag: ['W47'], guard: ['SNS_ENCRYPTED_KMS'], trivy: ['AVD-AWS-0095'], securityHub: ['SNS.1'] },
    cdk: 'masterKey: key',
  },
  resource: {
    types: ['AWS::SNS::Topic'],
    check(ctx) {
      requireCustomerKey(ctx, 'KmsMasterKeyId', { missing: 'missing' }, { topic: ctx.resource.logicalId });
    },
  },
});
