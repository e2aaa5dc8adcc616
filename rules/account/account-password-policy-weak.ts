import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * In an account scan, flags an account without a password policy, or one that allows passwords
 * shorter than the configured minimum (option `minLength`, default 14) or reuse of the last
 * passwords (option `minReusePrevention`, default 24).
 *
 * ## Why it matters
 * Console passwords of IAM users are only as strong as the policy makes them. Short or reused
 * passwords fall to credential stuffing and brute force.
 *
 * ## Example
 * ```yaml
 * PasswordPolicy:
 *   Type: Shieldwall::IAM::PasswordPolicy
 *   Properties:
 *     Configured: true
 *     MinimumPasswordLength: 8
 * ```
 *
 * ## Use instead
 * ```yaml
 * PasswordPolicy:
 *   Type: Shieldwall::IAM::PasswordPolicy
 *   Properties:
 *     Configured: true
 *     MinimumPasswordLength: 14
 *     PasswordReusePrevention: 24
 * ```
 *
 * ## Fix safety
 * No automatic fix: set the policy with `aws iam update-account-password-policy`.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
 */
export default defineRule({
  meta: {
    id: 'SW6003',
    name: 'account-password-policy-weak',
    family: 'account',
    category: 'iam-least-privilege',
    severity: 'medium',
    description: 'The account has no password policy, or a weak one',
    appliesTo: ['account'],
    messages: {
      missing: 'The account has no IAM password policy: IAM users may set any password',
      short: 'The password policy allows passwords of {{length}} characters; require at least {{min}}',
      reuse: 'The password policy prevents reuse of only {{reuse}} previous passwords; require {{min}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
    equivalents: { securityHub: ['IAM.15', 'IAM.16'], cis: ['1.8', '1.9'] },
    options: { minLength: 14, minReusePrevention: 24 },
  },
  resource: {
    types: ['Shieldwall::IAM::PasswordPolicy'],
    check(ctx) {
      for (const v of ctx.prop('Configured')) {
        if (!v.missing && ctx.bool(v) === 'false') {
          ctx.report({ at: v, messageId: 'missing' });
          return;
        }
      }
      const minLength = Number(ctx.options.minLength);
      for (const v of ctx.prop('MinimumPasswordLength')) {
        const n = helpers.asNumber(ctx.value(v));
        if (v.missing || (n !== undefined && n < minLength)) ctx.report({ at: v, messageId: 'short', data: { length: n ?? 6, min: minLength } });
      }
      const minReuse = Number(ctx.options.minReusePrevention);
      for (const v of ctx.prop('PasswordReusePrevention')) {
        const n = helpers.asNumber(ctx.value(v));
        if (v.missing || (n !== undefined && n < minReuse)) ctx.report({ at: v, messageId: 'reuse', data: { reuse: n ?? 0, min: minReuse } });
      }
    },
  },
});
