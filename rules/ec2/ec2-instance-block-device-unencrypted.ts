import { defineRule } from '../api';
import { checkBlockDevices } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags EBS entries in the `BlockDeviceMappings` of an `AWS::EC2::Instance` whose `Ebs.Encrypted` is
 * missing or false. Instance-store and `NoDevice` mappings are skipped, and so are mappings created from
 * a `SnapshotId` that say nothing about encryption.
 *
 * ## Why it matters
 * A volume created from a mapping without `Encrypted: true` is unencrypted unless the account has EBS
 * encryption by default turned on, or (for the AMI's root device) the AMI snapshot is encrypted. The
 * template cannot rely on either; its volumes and their snapshots may hold data in clear text.
 *
 * ## Example
 * ```yaml
 * Server:
 *   Type: AWS::EC2::Instance
 *   Properties:
 *     ImageId: ami-0123456789abcdef0
 *     InstanceType: t3.micro
 *     BlockDeviceMappings:
 *       - DeviceName: /dev/xvda
 *         Ebs:
 *           VolumeSize: 50
 * ```
 *
 * ## Use instead
 * ```yaml
 * Server:
 *   Type: AWS::EC2::Instance
 *   Properties:
 *     ImageId: ami-0123456789abcdef0
 *     InstanceType: t3.micro
 *     BlockDeviceMappings:
 *       - DeviceName: /dev/xvda
 *         Ebs:
 *           VolumeSize: 50
 *           Encrypted: true
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `BlockDeviceMappings` replaces the instance, and its volumes are created anew.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-ebs.html
 * - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5026',
    name: 'ec2-instance-block-device-unencrypted',
    family: 'ec2',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'EC2 instance block device mapping creates an unencrypted EBS volume',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'EC2 instance {{instance}} maps {{device}} to an EBS volume without Encrypted: true',
      isFalse: 'EC2 instance {{instance}} maps {{device}} to an EBS volume with Encrypted false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    equivalents: { trivy: ['AVD-AWS-0131'], securityHub: ['EC2.3'] },
    cdk: 'blockDevices: [{ deviceName, volume: ec2.BlockDeviceVolume.ebs(size, { encrypted: true }) }]',
  },
  resource: {
    types: ['AWS::EC2::Instance'],
    check(ctx) {
      checkBlockDevices(ctx, 'BlockDeviceMappings', { instance: ctx.resource.logicalId }, 'Set Ebs.Encrypted: true (replaces the instance)');
    },
  },
});
