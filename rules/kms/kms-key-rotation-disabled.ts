import { type ResourceContext, defineRule, helpers } from '../api';
import { safeFix, setPropertyPath } from '../lib/encryption-at-rest';

/** True when every variant of `path` is absent or one of `allowed`; false when one is another literal or unknown. */
function allVariantsIn(ctx: ResourceContext, path: string, allowed: readonly string[]): boolean {
  return ctx.prop(path).every((v) => {
    if (v.missing) return true;
    const val = ctx.value(v);
    return typeof val === 'string' && allowed.includes(val);
  });
}

/**
 * ## What it does
 * Flags a symmetric encryption `AWS::KMS::Key` whose `EnableKeyRotation` is missing or false. Keys that
 * cannot rotate automatically are left alone: asymmetric and HMAC keys (`KeySpec` other than
 * `SYMMETRIC_DEFAULT`) and keys whose material is imported or lives in a custom key store (`Origin`
 * other than `AWS_KMS`).
 *
 * ## Why it matters
 * Automatic rotation creates new key material every year (or every `RotationPeriodInDays`) while
 * keeping the old material to decrypt existing data, so it limits how much data one key version
 * protects without any change for callers. Customer managed keys do not rotate unless asked to.
 *
 * ## Example
 * ```yaml
 * DataKey:
 *   Type: AWS::KMS::Key
 *   Properties:
 *     KeyPolicy:
 *       Version: '2012-10-17'
 *       Statement:
 *         - Effect: Allow
 *           Principal: { AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' }
 *           Action: kms:*
 *           Resource: '*'
 * ```
 *
 * ## Use instead
 * ```yaml
 * DataKey:
 *   Type: AWS::KMS::Key
 *   Properties:
 *     EnableKeyRotation: true
 *     KeyPolicy:
 *       Version: '2012-10-17'
 *       Statement:
 *         - Effect: Allow
 *           Principal: { AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' }
 *           Action: kms:*
 *           Resource: '*'
 * ```
 *
 * ## Fix safety
 * Safe: enabling rotation is an in-place update; ciphertexts made with earlier key material still
 * decrypt and callers need no change. Each rotation adds a small monthly key-storage charge.
 *
 * ## References
 * - https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html
 */
export default defineRule({
  meta: {
    id: 'SW5000',
    name: 'kms-key-rotation-disabled',
    family: 'kms',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'Symmetric KMS key does not have automatic key rotation enabled',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'KMS key {{key}} does not set EnableKeyRotation: its key material never rotates',
      isFalse: 'KMS key {{key}} sets EnableKeyRotation to false',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
    equivalents: { checkov: ['CKV_AWS_7'], cfnNag: ['F19'], guard: ['CMK_BACKING_KEY_ROTATION_ENABLED'], trivy: ['AVD-AWS-0065'], securityHub: ['KMS.4'], cis: ['3.6'] },
    cdk: 'enableKeyRotation: true',
  },
  resource: {
    types: ['AWS::KMS::Key'],
    check(ctx) {
      // Asymmetric, HMAC, imported and custom-key-store keys cannot rotate automatically; an unknown
      // KeySpec or Origin is not reported either.
      if (!allVariantsIn(ctx, 'KeySpec', ['SYMMETRIC_DEFAULT'])) return;
      if (!allVariantsIn(ctx, 'Origin', ['AWS_KMS'])) return;
      helpers.requireTrue(ctx, 'EnableKeyRotation', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { key: ctx.resource.logicalId },
        fix: (v) => safeFix(v, 'Set EnableKeyRotation: true', v.missing ? setPropertyPath(ctx.resource, ['EnableKeyRotation'], true) : helpers.setAt(ctx, v, 'EnableKeyRotation', true)),
      });
    },
  },
});
