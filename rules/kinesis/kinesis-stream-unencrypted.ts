import { defineRule } from '../api';
import { keyKind, lowerString, setPropertyPath, unsafeFix } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::Kinesis::Stream` without server-side encryption: no `StreamEncryption`, an
 * `EncryptionType` other than `KMS`, or no `KeyId`.
 *
 * ## Why it matters
 * Kinesis Data Streams does not encrypt records at rest unless `StreamEncryption` is set. Records are
 * retained for 24 hours to 365 days, so an unencrypted stream keeps a rolling copy of everything
 * producers send in clear text.
 *
 * ## Example
 * ```yaml
 * Events:
 *   Type: AWS::Kinesis::Stream
 *   Properties:
 *     ShardCount: 1
 * ```
 *
 * ## Use instead
 * ```yaml
 * Events:
 *   Type: AWS::Kinesis::Stream
 *   Properties:
 *     ShardCount: 1
 *     StreamEncryption:
 *       EncryptionType: KMS
 *       KeyId: alias/aws/kinesis
 * ```
 *
 * ## Fix safety
 * Unsafe: encryption is applied in place, but with a customer managed key every producer and consumer
 * needs kms:GenerateDataKey / kms:Decrypt; the offered fix uses the AWS managed `alias/aws/kinesis`.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-kinesis-stream-streamencryption.html
 * - https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5015',
    name: 'kinesis-stream-unencrypted',
    family: 'kinesis',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'Kinesis data stream does not use server-side encryption',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Kinesis stream {{stream}} sets no StreamEncryption: records are stored unencrypted',
      notKms: 'Kinesis stream {{stream}} StreamEncryption.EncryptionType is not KMS: records are stored unencrypted',
      noKey: 'Kinesis stream {{stream}} StreamEncryption sets no KeyId',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_43'], cfnNag: ['W49'], guard: ['KINESIS_STREAM_ENCRYPTED'], trivy: ['AVD-AWS-0064'], securityHub: ['Kinesis.1'] },
    cdk: 'encryption: kinesis.StreamEncryption.MANAGED',
  },
  resource: {
    types: ['AWS::Kinesis::Stream'],
    check(ctx) {
      const stream = ctx.resource.logicalId;
      for (const enc of ctx.prop('StreamEncryption')) {
        if (enc.missing) {
          const simple = !ctx.resource.properties?.has('StreamEncryption');
          ctx.report({ at: enc, messageId: 'missing', data: { stream }, fixes: simple ? unsafeFix(enc, 'Add StreamEncryption with the AWS managed key alias/aws/kinesis', setPropertyPath(ctx.resource, ['StreamEncryption'], { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' })) : undefined });
          continue;
        }
        for (const t of ctx.lookup(enc.node, 'EncryptionType')) {
          const type = lowerString(ctx, t);
          if (t.missing || (type !== undefined && type !== 'kms') || (!t.missing && ctx.value(t) === null)) {
            ctx.report({ at: t, messageId: 'notKms', data: { stream }, conditions: enc.conditions });
            continue;
          }
          if (type !== 'kms') continue;
          for (const k of ctx.lookup(enc.node, 'KeyId')) {
            if (keyKind(ctx, k) === 'empty' || (!k.missing && ctx.value(k) === null)) ctx.report({ at: k, messageId: 'noKey', data: { stream }, conditions: enc.conditions });
          }
        }
      }
    },
  },
});
