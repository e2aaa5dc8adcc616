import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::SQS::Queue` without a customer managed `KmsMasterKeyId` (no key, or the AWS managed
 * `alias/aws/sqs`). Queues that opt out of encryption altogether are reported by
 * `sqs-queue-encryption-disabled` instead.
 *
 * ## Why it matters
 * Such a queue is still encrypted (SQS-managed SSE is the default since 2022), so this is an
 * informational, key-control finding: with a customer managed key, the key policy decides who can read
 * messages, and key use is recorded in CloudTrail. Use it where policy requires customer managed keys.
 *
 * ## Example
 * ```yaml
 * Jobs:
 *   Type: AWS::SQS::Queue
 *   Properties:
 *     VisibilityTimeout: 60
 * ```
 *
 * ## Use instead
 * ```yaml
 * Jobs:
 *   Type: AWS::SQS::Queue
 *   Properties:
 *     VisibilityTimeout: 60
 *     KmsMasterKeyId: !Ref QueueKey
 * ```
 *
 * ## Fix safety
 * No automatic fix: producers (including AWS services such as SNS or EventBridge) and consumers need
 * permission to use the key.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
 * - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html
 */
export default defineRule({
  meta: {
    id: 'SW5014',
    name: 'sqs-queue-without-customer-key',
    family: 'sqs',
    category: 'encryption-at-rest',
    severity: 'info',
    description: 'SQS queue is not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'SQS queue {{queue}} sets no KmsMasterKeyId: it relies on SQS-managed encryption, not a key you control',
      awsManaged: 'SQS queue {{queue}} uses the AWS managed key {{key}}: use a customer managed key to control access',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'],
    equivalents: { cfnNag: ['W48'], trivy: ['AVD-AWS-0135'] },
    cdk: 'encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key',
  },
  resource: {
    types: ['AWS::SQS::Queue'],
    check(ctx) {
      // An explicit opt-out is the other rule's (more severe) finding.
      if (ctx.prop('SqsManagedSseEnabled').some((v) => ctx.bool(v) === 'false')) return;
      requireCustomerKey(ctx, 'KmsMasterKeyId', { missing: 'missing', awsManaged: 'awsManaged' }, { queue: ctx.resource.logicalId });
    },
  },
});
