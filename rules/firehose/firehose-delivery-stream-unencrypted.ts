import { defineRule } from '../api';
import { lowerString, safeFix, setPropertyPath } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::KinesisFirehose::DeliveryStream` of type `DirectPut` (the default) without
 * `DeliveryStreamEncryptionConfigurationInput`, or with one that sets no `KeyType`. Streams that read
 * from a Kinesis data stream or MSK are skipped: their data is encrypted (or not) at the source.
 *
 * ## Why it matters
 * Firehose buffers incoming records before delivering them. Without server-side encryption that buffer
 * is not encrypted with a KMS key. Low severity: the buffer is short-lived, and destinations have
 * their own encryption settings.
 *
 * ## Example
 * ```yaml
 * Delivery:
 *   Type: AWS::KinesisFirehose::DeliveryStream
 *   Properties:
 *     DeliveryStreamType: DirectPut
 *     ExtendedS3DestinationConfiguration:
 *       BucketARN: !GetAtt Archive.Arn
 *       RoleARN: !GetAtt DeliveryRole.Arn
 * ```
 *
 * ## Use instead
 * ```yaml
 * Delivery:
 *   Type: AWS::KinesisFirehose::DeliveryStream
 *   Properties:
 *     DeliveryStreamType: DirectPut
 *     DeliveryStreamEncryptionConfigurationInput:
 *       KeyType: AWS_OWNED_CMK
 *     ExtendedS3DestinationConfiguration:
 *       BucketARN: !GetAtt Archive.Arn
 *       RoleARN: !GetAtt DeliveryRole.Arn
 * ```
 *
 * ## Fix safety
 * Safe: SSE with an AWS owned key is an in-place change that needs no key permissions.
 *
 * ## References
 * - https://docs.aws.amazon.com/firehose/latest/dev/encryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesisfirehose-deliverystream-deliverystreamencryptionconfigurationinput.html
 */
export default defineRule({
  meta: {
    id: 'SW5024',
    name: 'firehose-delivery-stream-unencrypted',
    family: 'firehose',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'Direct PUT Firehose delivery stream does not use server-side encryption',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Firehose delivery stream {{stream}} sets no DeliveryStreamEncryptionConfigurationInput: buffered records are not KMS-encrypted',
      noKeyType: 'Firehose delivery stream {{stream}} encryption configuration sets no KeyType',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/firehose/latest/dev/encryption.html'],
    equivalents: { checkov: ['CKV_AWS_240'], cfnNag: ['W88'], guard: ['KINESIS_FIREHOSE_DELIVERY_STREAM_ENCRYPTED'], securityHub: ['DataFirehose.1'] },
    cdk: 'encryption: firehose.StreamEncryption.awsOwnedKey()',
  },
  resource: {
    types: ['AWS::KinesisFirehose::DeliveryStream'],
    check(ctx) {
      // Only Direct PUT streams take SSE; an unknown type is not reported.
      const types = ctx.prop('DeliveryStreamType');
      if (!types.every((t) => t.missing || lowerString(ctx, t) === 'directput')) return;
      const stream = ctx.resource.logicalId;
      for (const enc of ctx.prop('DeliveryStreamEncryptionConfigurationInput')) {
        if (enc.missing) {
          const simple = !ctx.resource.properties?.has('DeliveryStreamEncryptionConfigurationInput');
          ctx.report({ at: enc, messageId: 'missing', data: { stream }, fixes: simple ? safeFix(enc, 'Add SSE with an AWS owned key', setPropertyPath(ctx.resource, ['DeliveryStreamEncryptionConfigurationInput'], { KeyType: 'AWS_OWNED_CMK' })) : undefined });
          continue;
        }
        for (const k of ctx.lookup(enc.node, 'KeyType')) {
          if (k.missing || ctx.value(k) === null || ctx.value(k) === '') ctx.report({ at: k, messageId: 'noKeyType', data: { stream }, conditions: enc.conditions });
        }
      }
    },
  },
});
