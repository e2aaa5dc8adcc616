import { defineRule, helpers } from '../api';
import { keyKind, safeFix } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::SQS::Queue` that sets `SqsManagedSseEnabled: false` and has no `KmsMasterKeyId`, the
 * one way to get a queue without encryption at rest today.
 *
 * ## Why it matters
 * Since late 2022 new queues are encrypted with SQS-managed keys (SSE-SQS) by default, so a queue with
 * neither property is encrypted. Setting `SqsManagedSseEnabled: false` without a KMS key opts out and
 * stores messages (kept up to 14 days) unencrypted.
 *
 * ## Example
 * ```yaml
 * Jobs:
 *   Type: AWS::SQS::Queue
 *   Properties:
 *     SqsManagedSseEnabled: false
 * ```
 *
 * ## Use instead
 * ```yaml
 * Jobs:
 *   Type: AWS::SQS::Queue
 *   Properties:
 *     SqsManagedSseEnabled: true
 * ```
 *
 * ## Fix safety
 * Safe: SSE-SQS is an in-place change, needs no key permissions for producers or consumers, and is free.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sqs-queue.html
 */
export default defineRule({
  meta: {
    id: 'SW5013',
    name: 'sqs-queue-encryption-disabled',
    family: 'sqs',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'SQS queue opts out of SQS-managed encryption and sets no KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      disabled: 'SQS queue {{queue}} sets SqsManagedSseEnabled to false without a KmsMasterKeyId: messages are stored unencrypted',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_27'], guard: ['SQS_QUEUE_ENCRYPTED'], trivy: ['AVD-AWS-0096'], securityHub: ['SQS.1'] },
    cdk: 'encryption: sqs.QueueEncryption.SQS_MANAGED',
  },
  resource: {
    types: ['AWS::SQS::Queue'],
    check(ctx) {
      // A KMS key in any variant encrypts the queue in that variant; only report where none is set.
      const noKey = ctx.prop('KmsMasterKeyId').every((k) => keyKind(ctx, k) === 'empty');
      if (!noKey) return;
      for (const v of ctx.prop('SqsManagedSseEnabled')) {
        if (v.missing || ctx.bool(v) !== 'false') continue;
        ctx.report({ at: v, messageId: 'disabled', data: { queue: ctx.resource.logicalId }, fixes: safeFix(v, 'Set SqsManagedSseEnabled: true', helpers.setAt(ctx, v, 'SqsManagedSseEnabled', true)) });
      }
    },
  },
});
