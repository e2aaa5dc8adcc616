import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an encrypted `AWS::EC2::Volume` (`Encrypted: true`) without a `KmsKeyId`, or with the AWS managed
 * `alias/aws/ebs` key. Unencrypted volumes are reported by `ebs-volume-unencrypted` instead.
 *
 * ## Why it matters
 * Without `KmsKeyId` the volume is encrypted with the account's default EBS key, usually the AWS managed
 * `aws/ebs` key. Its key policy cannot be changed, so snapshots of the volume cannot be shared with
 * another account and access cannot be limited per workload. The data is encrypted either way: low
 * severity.
 *
 * ## Example
 * ```yaml
 * Data:
 *   Type: AWS::EC2::Volume
 *   Properties:
 *     Size: 100
 *     AvailabilityZone: eu-west-1a
 *     Encrypted: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Data:
 *   Type: AWS::EC2::Volume
 *   Properties:
 *     Size: 100
 *     AvailabilityZone: eu-west-1a
 *     Encrypted: true
 *     KmsKeyId: !Ref VolumeKey
 * ```
 *
 * ## Fix safety
 * No automatic fix: a key is needed, and changing `KmsKeyId` replaces the volume.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html
 * - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5011',
    name: 'ebs-volume-without-customer-key',
    family: 'ec2',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'Encrypted EBS volume does not use a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'EBS volume {{volume}} sets no KmsKeyId: it is encrypted with the default (AWS managed) EBS key',
      awsManaged: 'EBS volume {{volume}} uses the AWS managed key {{key}}: its snapshots cannot be shared across accounts',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_189'], cfnNag: ['W37'], trivy: ['AVD-AWS-0027'] },
    cdk: 'encryptionKey: key',
  },
  resource: {
    types: ['AWS::EC2::Volume'],
    check(ctx) {
      // Only volumes that are encrypted in every variant; the others belong to ebs-volume-unencrypted.
      if (!ctx.prop('Encrypted').every((v) => ctx.bool(v) === 'true')) return;
      requireCustomerKey(ctx, 'KmsKeyId', { missing: 'missing', awsManaged: 'awsManaged' }, { volume: ctx.resource.logicalId });
    },
  },
});
