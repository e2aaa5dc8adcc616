import { defineRule } from '../api';

/**
 * ## What it does
 * In an account scan, flags root user access keys (from `iam:GetAccountSummary`,
 * `AccountAccessKeysPresent`).
 *
 * ## Why it matters
 * A root access key is a long-lived credential that no policy can restrict and that MFA does not
 * protect. Leaked in a repository or a log, it gives complete, silent control of the account.
 *
 * ## Example
 * ```yaml
 * RootAccount:
 *   Type: Shieldwall::Account::Root
 *   Properties:
 *     AccessKeysPresent: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * RootAccount:
 *   Type: Shieldwall::Account::Root
 *   Properties:
 *     AccessKeysPresent: false   # use IAM roles for automation
 * ```
 *
 * ## Fix safety
 * No automatic fix: delete the keys as root after moving any automation to IAM roles.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html
 */
export default defineRule({
  meta: {
    id: 'SW6002',
    name: 'account-root-access-keys-present',
    family: 'account',
    category: 'iam-least-privilege',
    severity: 'critical',
    description: 'The root user has access keys',
    appliesTo: ['account'],
    messages: { keys: 'The root user has access keys: a leaked root key gives unrestricted control of the account' },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
    equivalents: { securityHub: ['IAM.4'], cis: ['1.4'] },
  },
  resource: {
    types: ['Shieldwall::Account::Root'],
    check(ctx) {
      for (const v of ctx.prop('AccessKeysPresent')) if (!v.missing && ctx.bool(v) === 'true') ctx.report({ at: v, messageId: 'keys' });
    },
  },
});
