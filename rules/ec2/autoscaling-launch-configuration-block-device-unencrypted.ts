import { defineRule } from '../api';
import { checkBlockDevices } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags EBS entries in the `BlockDeviceMappings` of an `AWS::AutoScaling::LaunchConfiguration` whose
 * `Ebs.Encrypted` is missing or false. Instance-store (`VirtualName`) and `NoDevice` mappings are
 * skipped, and so are mappings created from a `SnapshotId` that say nothing about encryption.
 *
 * ## Why it matters
 * Every instance the Auto Scaling group launches gets these volumes; without `Encrypted: true` they are
 * unencrypted unless the account enables EBS encryption by default or the AMI snapshot is encrypted.
 * (Launch configurations are deprecated in favour of launch templates.)
 *
 * ## Example
 * ```yaml
 * WebConfig:
 *   Type: AWS::AutoScaling::LaunchConfiguration
 *   Properties:
 *     ImageId: ami-0123456789abcdef0
 *     InstanceType: t3.small
 *     BlockDeviceMappings:
 *       - DeviceName: /dev/sdf
 *         Ebs:
 *           VolumeSize: 20
 * ```
 *
 * ## Use instead
 * ```yaml
 * WebConfig:
 *   Type: AWS::AutoScaling::LaunchConfiguration
 *   Properties:
 *     ImageId: ami-0123456789abcdef0
 *     InstanceType: t3.small
 *     BlockDeviceMappings:
 *       - DeviceName: /dev/sdf
 *         Ebs:
 *           VolumeSize: 20
 *           Encrypted: true
 * ```
 *
 * ## Fix safety
 * Unsafe: a launch configuration cannot be changed, so CloudFormation replaces it; running instances
 * keep their unencrypted volumes until they are replaced.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-blockdevice.html
 * - https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html
 */
export default defineRule({
  meta: {
    id: 'SW5028',
    name: 'autoscaling-launch-configuration-block-device-unencrypted',
    family: 'ec2',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'Launch configuration block device mapping creates unencrypted EBS volumes',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Launch configuration {{config}} maps {{device}} to an EBS volume without Encrypted: true',
      isFalse: 'Launch configuration {{config}} maps {{device}} to an EBS volume with Encrypted false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_8'], trivy: ['AVD-AWS-0008'] },
  },
  resource: {
    types: ['AWS::AutoScaling::LaunchConfiguration'],
    check(ctx) {
      checkBlockDevices(ctx, 'BlockDeviceMappings', { config: ctx.resource.logicalId }, 'Set Ebs.Encrypted: true (replaces the launch configuration)');
    },
  },
});
