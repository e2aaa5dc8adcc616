import { type Variant, defineRule, helpers } from '../api';
import { unsafeFix } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::DLM::LifecyclePolicy` whose cross-Region snapshot copies set `Encrypted: false`: in
 * `PolicyDetails.Schedules[*].CrossRegionCopyRules[*]` and in
 * `PolicyDetails.Actions[*].CrossRegionCopy[*].EncryptionConfiguration`.
 *
 * ## Why it matters
 * With `Encrypted: false`, copies of unencrypted snapshots stay unencrypted in the target Region, so the
 * disaster-recovery copy of your volumes is readable by anyone who can share or copy it. Copies of
 * encrypted snapshots are encrypted regardless.
 *
 * ## Example
 * ```yaml
 * Snapshots:
 *   Type: AWS::DLM::LifecyclePolicy
 *   Properties:
 *     PolicyDetails:
 *       Schedules:
 *         - Name: daily
 *           CrossRegionCopyRules:
 *             - TargetRegion: eu-central-1
 *               Encrypted: false
 * ```
 *
 * ## Use instead
 * ```yaml
 * Snapshots:
 *   Type: AWS::DLM::LifecyclePolicy
 *   Properties:
 *     PolicyDetails:
 *       Schedules:
 *         - Name: daily
 *           CrossRegionCopyRules:
 *             - TargetRegion: eu-central-1
 *               Encrypted: true
 *               CmkArn: arn:aws:kms:eu-central-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
 * ```
 *
 * ## Fix safety
 * Unsafe: encrypted copies use the target Region's default EBS key unless `CmkArn` is set, and the DLM
 * role needs permission to use that key.
 *
 * ## References
 * - https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-ami-policy.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dlm-lifecyclepolicy-crossregioncopyrule.html
 */
export default defineRule({
  meta: {
    id: 'SW5034',
    name: 'dlm-cross-region-copy-unencrypted',
    family: 'dlm',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'DLM lifecycle policy copies snapshots to another Region without encryption',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      isFalse: 'Lifecycle policy {{policy}} copies snapshots across Regions with Encrypted false: unencrypted snapshots stay unencrypted',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/ebs/latest/userguide/snapshot-ami-policy.html'],
    equivalents: { cfnNag: ['W81'] },
  },
  resource: {
    types: ['AWS::DLM::LifecyclePolicy'],
    check(ctx) {
      const data = { policy: ctx.resource.logicalId };
      const flag = (variants: Variant[]): void => {
        for (const v of variants) {
          if (v.missing || ctx.bool(v) !== 'false') continue;
          ctx.report({ at: v, messageId: 'isFalse', data, fixes: unsafeFix(v, 'Set Encrypted: true', helpers.setAt(ctx, v, 'Encrypted', true)) });
        }
      };
      flag(ctx.prop('PolicyDetails.Schedules.*.CrossRegionCopyRules.*.Encrypted'));
      flag(ctx.prop('PolicyDetails.Actions.*.CrossRegionCopy.*.EncryptionConfiguration.Encrypted'));
    },
  },
});
