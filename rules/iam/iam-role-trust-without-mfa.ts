import { conditionEntries, defineRule, mfaRequirement } from '../api';
import { editable, restrictingEntries, statementPrincipals, where } from '../lib/iam';

/**
 * ## What it does
 * Flags a role trust policy that lets people assume the role without MFA: an Allow whose principal is
 * an AWS account (its root, or `${AWS::AccountId}`) or an IAM user, with no
 * `Bool aws:MultiFactorAuthPresent "true"` or `aws:MultiFactorAuthAge` bound in its Condition. Service
 * principals, OIDC/SAML federation and role principals (machines chaining roles) are not flagged, nor
 * trusts pinned by `sts:ExternalId` (third-party machines). Trusts of another account without any
 * restricting condition are reported by iam-cross-account-trust-without-external-id instead.
 *
 * ## Why it matters
 * A role that people assume is usually more powerful than their own user. If assuming it needs no MFA,
 * a leaked access key of any user allowed to call `sts:AssumeRole` is enough to get those permissions.
 *
 * ## Example
 * ```yaml
 * AssumeRolePolicyDocument:
 *   Statement:
 *     - Effect: Allow
 *       Principal:
 *         AWS: !Sub arn:aws:iam::${AWS::AccountId}:root
 *       Action: sts:AssumeRole
 * ```
 *
 * ## Use instead
 * ```yaml
 *     - Effect: Allow
 *       Principal:
 *         AWS: !Sub arn:aws:iam::${AWS::AccountId}:root
 *       Action: sts:AssumeRole
 *       Condition:
 *         Bool:
 *           aws:MultiFactorAuthPresent: "true"
 * ```
 *
 * ## Fix safety
 * Safe to offer but unsafe to apply blindly: automation that assumes the role with long-term keys
 * stops working. The fix adds `Bool aws:MultiFactorAuthPresent "true"` to the statement.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html#MFAProtectedAPI-user-mfa
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
 */
export default defineRule({
  meta: {
    id: 'SW3103',
    name: 'iam-role-trust-without-mfa',
    family: 'iam',
    category: 'mfa',
    severity: 'medium',
    description: 'Role can be assumed by accounts or users without MFA',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      noMfa: '{{where}} lets {{who}} assume the role without MFA: add Bool aws:MultiFactorAuthPresent "true"',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html'],
    equivalents: {},
  },
  policy: {
    kinds: ['trust'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow') continue;
        const entries = conditionEntries(s.condition, ctx.env);
        if (mfaRequirement(entries).req === 'enforced') continue;
        if (entries.some((e) => e.key === 'sts:externalid')) continue;
        const restricted = restrictingEntries(s, ctx.env).length > 0;
        const people = statementPrincipals(s, ctx.env).filter((p) => {
          const c = p.cls;
          if (c.kind !== 'account' && c.kind !== 'user') return false;
          // Another account without any restriction: SW3021 says it (ExternalId or MFA).
          return !(c.own === false && !restricted);
        });
        const first = people[0];
        if (!first) continue;
        const who = people.map((p) => (p.cls.kind === 'account' ? (p.cls.own === true ? "principals of this stack's account" : `principals of account ${p.cls.account}`) : `user ${String(p.value.value)}`)).join(', ');
        const cond = s.condition;
        const fixes = !editable(s.node, s.conditions) || !(s.node.kind === 'map')
          ? undefined
          : cond
            ? cond.has('Bool') ? undefined : [{ title: 'Require MFA to assume the role', safety: 'unsafe' as const, edits: [{ op: 'set' as const, target: cond, key: 'Bool', value: { 'aws:MultiFactorAuthPresent': 'true' } }] }]
            : [{ title: 'Require MFA to assume the role', safety: 'unsafe' as const, edits: [{ op: 'set' as const, target: s.node, key: 'Condition', value: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] }];
        ctx.report({ at: first.value.node, messageId: 'noMfa', data: { where: where(ctx.policy, s), who }, conditions: first.value.conditions, fixes });
      }
    },
  },
});
