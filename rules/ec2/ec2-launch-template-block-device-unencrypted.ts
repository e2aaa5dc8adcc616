import { defineRule } from '../api';
import { checkBlockDevices } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags EBS entries in `LaunchTemplateData.BlockDeviceMappings` of an `AWS::EC2::LaunchTemplate` whose
 * `Ebs.Encrypted` is missing or false. Instance-store and `NoDevice` mappings are skipped, and so are
 * mappings created from a `SnapshotId` that say nothing about encryption.
 *
 * ## Why it matters
 * Every instance launched from the template (by Auto Scaling, EKS node groups, Batch, Spot fleets)
 * gets volumes built from these mappings. Without `Encrypted: true` they are unencrypted unless the
 * account turns on EBS encryption by default or the AMI snapshot is encrypted.
 *
 * ## Example
 * ```yaml
 * Nodes:
 *   Type: AWS::EC2::LaunchTemplate
 *   Properties:
 *     LaunchTemplateData:
 *       BlockDeviceMappings:
 *         - DeviceName: /dev/xvda
 *           Ebs:
 *             VolumeSize: 100
 *             VolumeType: gp3
 * ```
 *
 * ## Use instead
 * ```yaml
 * Nodes:
 *   Type: AWS::EC2::LaunchTemplate
 *   Properties:
 *     LaunchTemplateData:
 *       BlockDeviceMappings:
 *         - DeviceName: /dev/xvda
 *           Ebs:
 *             VolumeSize: 100
 *             VolumeType: gp3
 *             Encrypted: true
 * ```
 *
 * ## Fix safety
 * Unsafe: the change creates a new template version; running instances keep their unencrypted volumes
 * until they are replaced (an instance refresh).
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-ebs.html
 * - https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5027',
    name: 'ec2-launch-template-block-device-unencrypted',
    family: 'ec2',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'Launch template block device mapping creates unencrypted EBS volumes',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Launch template {{template}} maps {{device}} to an EBS volume without Encrypted: true',
      isFalse: 'Launch template {{template}} maps {{device}} to an EBS volume with Encrypted false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    equivalents: {},
    cdk: 'blockDevices: [{ deviceName, volume: ec2.BlockDeviceVolume.ebs(size, { encrypted: true }) }]',
  },
  resource: {
    types: ['AWS::EC2::LaunchTemplate'],
    check(ctx) {
      checkBlockDevices(ctx, 'LaunchTemplateData.BlockDeviceMappings', { template: ctx.resource.logicalId }, 'Set Ebs.Encrypted: true (new template version)');
    },
  },
});
