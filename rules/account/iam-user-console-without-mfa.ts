import { defineRule, str } from '../api';

/**
 * ## What it does
 * In an account scan, flags an IAM user with a console password and no active MFA device (from the
 * IAM credential report).
 *
 * ## Why it matters
 * A console password alone is one phishing page away from an attacker. MFA turns a stolen password
 * into a failed login.
 *
 * ## Example
 * ```yaml
 * CredentialsAlice:
 *   Type: Shieldwall::IAM::CredentialReportUser
 *   Properties:
 *     UserName: alice
 *     PasswordEnabled: true
 *     MfaActive: false
 * ```
 *
 * ## Use instead
 * ```yaml
 *     PasswordEnabled: true
 *     MfaActive: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: the user registers an MFA device. Enforce it with a deny-unless-MFA policy
 * (see docs/mfa.md).
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html
 */
export default defineRule({
  meta: {
    id: 'SW6004',
    name: 'iam-user-console-without-mfa',
    family: 'account',
    category: 'mfa',
    severity: 'high',
    description: 'IAM user can sign in to the console without MFA',
    appliesTo: ['account'],
    messages: { noMfa: 'IAM user {{user}} signs in to the console with a password and no MFA device' },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html'],
    equivalents: { securityHub: ['IAM.5'], cis: ['1.10'] },
  },
  resource: {
    types: ['Shieldwall::IAM::CredentialReportUser'],
    check(ctx) {
      const user = str(ctx.resource.properties?.get('UserName')) ?? ctx.resource.logicalId;
      const password = ctx.prop('PasswordEnabled')[0];
      if (!password || ctx.bool(password) !== 'true') return;
      for (const v of ctx.prop('MfaActive')) if (!v.missing && ctx.bool(v) === 'false') ctx.report({ at: v, messageId: 'noMfa', data: { user } });
    },
  },
});
