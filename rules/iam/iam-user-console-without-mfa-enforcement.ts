import { defineRule, denyCoversConsole } from '../api';
import { entityPolicies, mfaGuards } from '../lib/audience';

/**
 * ## What it does
 * Flags an `AWS::IAM::User` with a `LoginProfile` (a console password) that gets no deny-unless-MFA
 * statement from any policy that applies to it in the template: its inline policies, policies and
 * managed policies attached to it, its permissions boundary, and the same for every group it belongs
 * to (`Groups` or `AWS::IAM::UserToGroupAddition`). A statement counts when it is a Deny with
 * `BoolIfExists`/`Bool aws:MultiFactorAuthPresent "false"` or `Null aws:MultiFactorAuthAge "true"`
 * (console sessions always carry the MFA key, so `Bool` works there). `Null
 * aws:MultiFactorAuthPresent "true"` does not count: console sessions carry the key.
 *
 * ## Why it matters
 * CloudFormation cannot enrol an MFA device. The standard way to make MFA mandatory for console
 * users is a policy that denies everything except setting up MFA until the user signs in with it;
 * without one a phished password is enough to use the account.
 *
 * ## Example
 * ```yaml
 * Alice:
 *   Type: AWS::IAM::User
 *   Properties:
 *     LoginProfile:
 *       Password: !Ref InitialPassword
 *       PasswordResetRequired: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Alice:
 *   Type: AWS::IAM::User
 *   Properties:
 *     Groups: [!Ref MfaRequired]   # a group whose policy denies NotAction [iam:*MFA*, …] without MFA
 *     LoginProfile:
 *       Password: !Ref InitialPassword
 *       PasswordResetRequired: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: the deny statement's exceptions (which MFA self-service actions remain allowed)
 * are the author's choice; docs/mfa.md has a template.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html
 */
export default defineRule({
  meta: {
    id: 'SW3104',
    name: 'iam-user-console-without-mfa-enforcement',
    family: 'iam',
    category: 'mfa',
    severity: 'high',
    description: 'IAM user with a console password gets no deny-unless-MFA policy',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      noGuard: 'User {{resource}} can sign in to the console with a password and use its permissions without MFA: no policy of the user or its groups denies requests without MFA',
      weakGuard: 'User {{resource}} can sign in to the console without MFA: {{policy}} denies only long-term access keys (Null aws:MultiFactorAuthPresent); console sessions carry the key',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_my-sec-creds-self-manage.html'],
    equivalents: { securityHub: ['IAM.5'], cis: ['1.10'] },
  },
  resource: {
    types: ['AWS::IAM::User'],
    check(ctx) {
      const user = ctx.resource;
      const login = ctx.prop('LoginProfile').filter((v) => !v.missing);
      if (login.length === 0) return;
      const guards = mfaGuards(ctx, entityPolicies(ctx, user), () => true);
      if (guards.some((g) => denyCoversConsole(g.deny))) return;
      const weak = guards[0];
      for (const v of login) {
        const at = user.properties?.entry('LoginProfile')?.keyNode ?? v;
        if (weak) ctx.report({ at, messageId: 'weakGuard', data: { resource: user.logicalId, policy: weak.policy.label }, conditions: v.conditions });
        else ctx.report({ at, messageId: 'noGuard', data: { resource: user.logicalId }, conditions: v.conditions });
      }
    },
  },
});
