import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::EC2::Volume` whose `Encrypted` property is missing or false.
 *
 * ## Why it matters
 * An unencrypted EBS volume, and every snapshot taken of it, stores data in clear text. Snapshots are
 * easily shared or copied across accounts; encryption with KMS makes access to the data depend on the
 * key policy as well. Accounts with "EBS encryption by default" turned on encrypt anyway, but a
 * template cannot rely on an account setting it does not control.
 *
 * ## Example
 * ```yaml
 * Data:
 *   Type: AWS::EC2::Volume
 *   Properties:
 *     Size: 100
 *     AvailabilityZone: eu-west-1a
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
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `Encrypted` on an existing volume makes CloudFormation replace it, and the new
 * volume starts empty unless it is created from a snapshot.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-volume.html
 * - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW2001',
    name: 'ebs-volume-unencrypted',
    family: 'ec2',
    category: 'encryption-at-rest',
    severity: 'high',
    description: 'EBS volume is not encrypted',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'EBS volume {{volume}} does not set Encrypted: its data and snapshots are stored unencrypted',
      isFalse: 'EBS volume {{volume}} sets Encrypted to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_3'], cfnNag: ['F1'], guard: ['ENCRYPTED_VOLUMES'], trivy: ['AVD-AWS-0026'], securityHub: ['EC2.3'], cis: ['2.2.1'] },
    cdk: 'encrypted: true',
  },
  resource: {
    types: ['AWS::EC2::Volume'],
    check(ctx) {
      // A volume restored from a snapshot inherits the snapshot's encryption: not decidable here.
      if (ctx.resource.properties?.has('SnapshotId') && !ctx.resource.properties.has('Encrypted')) return;
      helpers.requireTrue(ctx, 'Encrypted', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { volume: ctx.resource.logicalId },
        fix: (v) => (v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set Encrypted: true (replaces the volume)', 'unsafe', helpers.setAt(ctx, v, 'Encrypted', true))),
      });
    },
  },
});
