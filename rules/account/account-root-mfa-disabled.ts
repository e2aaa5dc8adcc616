import { defineRule } from '../api';

/**
 * ## What it does
 * In an account scan, flags a root user without MFA (from `iam:GetAccountSummary`,
 * `AccountMFAEnabled`).
 *
 * ## Why it matters
 * The root user can do anything, including closing the account and changing its contact details,
 * and no IAM policy restricts it. A phished or reused root password without a second factor is a full
 * account takeover.
 *
 * ## Example
 * ```yaml
 * RootAccount:
 *   Type: Shieldwall::Account::Root
 *   Properties:
 *     MfaEnabled: false
 * ```
 *
 * ## Use instead
 * ```yaml
 * RootAccount:
 *   Type: Shieldwall::Account::Root
 *   Properties:
 *     MfaEnabled: true   # a hardware key or passkey registered for the root user
 * ```
 *
 * ## Fix safety
 * No automatic fix: MFA for the root user is registered by a person signed in as root.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html
 */
export default defineRule({
  meta: {
    id: 'SW6001',
    name: 'account-root-mfa-disabled',
    family: 'account',
    category: 'mfa',
    severity: 'critical',
    description: 'The root user of the account has no MFA device',
    appliesTo: ['account'],
    messages: { noMfa: 'The root user has no MFA: anyone with the root password controls the whole account' },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html'],
    equivalents: { securityHub: ['IAM.9'], cis: ['1.5'] },
  },
  resource: {
    types: ['Shieldwall::Account::Root'],
    check(ctx) {
      for (const v of ctx.prop('MfaEnabled')) if (!v.missing && ctx.bool(v) === 'false') ctx.report({ at: v, messageId: 'noMfa' });
    },
  },
});
