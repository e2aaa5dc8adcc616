import { type ResourceContext, type Variant, defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::Cognito::UserPool` whose `MfaConfiguration` is `OFF` or absent (the default is
 * `OFF`). `OPTIONAL` and `ON` pass; a value from a parameter without a default is not reported.
 *
 * ## Why it matters
 * Without MFA the user pool's sign-in is a password only: credential stuffing and phishing are enough
 * to take over your application's accounts. With `OPTIONAL` users can at least enrol a second factor;
 * `ON` requires it.
 *
 * ## Example
 * ```yaml
 * UserPool:
 *   Type: AWS::Cognito::UserPool
 *   Properties:
 *     MfaConfiguration: "OFF"
 * ```
 *
 * ## Use instead
 * ```yaml
 * UserPool:
 *   Type: AWS::Cognito::UserPool
 *   Properties:
 *     MfaConfiguration: "ON"
 *     EnabledMfas: [SOFTWARE_TOKEN_MFA]
 * ```
 *
 * ## Fix safety
 * Unsafe: `ON` requires every user to enrol a second factor at the next sign-in, and SMS MFA needs an
 * `SmsConfiguration`. The fix sets `MfaConfiguration: "OPTIONAL"` (with `EnabledMfas:
 * [SOFTWARE_TOKEN_MFA]` when the pool has no Properties yet); it is offered only when the pool already
 * names a second factor (`EnabledMfas` or `SmsConfiguration`) or has no Properties.
 *
 * ## References
 * - https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cognito-userpool.html#cfn-cognito-userpool-mfaconfiguration
 */
export default defineRule({
  meta: {
    id: 'SW3106',
    name: 'cognito-user-pool-mfa-off',
    family: 'cognito',
    category: 'mfa',
    severity: 'medium',
    description: 'Cognito user pool has MFA turned off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'User pool {{resource}} has no MfaConfiguration (default OFF): users sign in with a password only',
      off: 'User pool {{resource}} has MfaConfiguration OFF: users sign in with a password only',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-mfa.html'],
    equivalents: { cfnNag: ['F78'] },
    cdk: 'mfa: cognito.Mfa.REQUIRED',
  },
  resource: {
    types: ['AWS::Cognito::UserPool'],
    check(ctx) {
      const data = { resource: ctx.resource.logicalId };
      for (const v of ctx.prop('MfaConfiguration')) {
        const fixes = v.conditions.length > 0 || v.viaParameter ? undefined : mfaFix(ctx, v);
        if (v.missing) {
          ctx.report({ at: v, messageId: 'missing', data, fixes });
          continue;
        }
        const val = ctx.value(v);
        if (typeof val === 'string' && val.toUpperCase() === 'OFF') ctx.report({ at: v, messageId: 'off', data, fixes });
      }
    },
  },
});

/**
 * OPTIONAL needs a second factor to offer: software tokens when EnabledMfas is absent. Both keys are
 * written in one edit (two inserts into the same map would collide), so a fix is offered when the pool
 * has no Properties yet, or when only MfaConfiguration needs to change.
 */
function mfaFix(ctx: ResourceContext, v: Variant) {
  const props = ctx.resource.properties;
  const map = ctx.resource.map;
  if (!props) return map ? helpers.fix('Set MfaConfiguration to OPTIONAL with software tokens', 'unsafe', { op: 'set', target: map, key: 'Properties', value: { MfaConfiguration: 'OPTIONAL', EnabledMfas: ['SOFTWARE_TOKEN_MFA'] } }) : undefined;
  if (!props.has('EnabledMfas') && !props.has('SmsConfiguration')) return undefined;
  return helpers.fix('Set MfaConfiguration to OPTIONAL', 'unsafe', helpers.setAt(ctx, v, 'MfaConfiguration', 'OPTIONAL'));
}
