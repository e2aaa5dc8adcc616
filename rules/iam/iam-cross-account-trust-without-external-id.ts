import { conditionEntries, defineRule, mfaRequirement } from '../api';
import { restrictingEntries, statementPrincipals, where } from '../lib/iam';

/**
 * ## What it does
 * Flags a role trust policy that trusts another AWS account (its root, a bare account id, or a user,
 * given with a literal account id) with neither an `sts:ExternalId` condition nor an MFA requirement
 * nor another condition that restricts who (`aws:PrincipalArn`, `aws:PrincipalOrgID`, …). The stack's own account
 * (`${AWS::AccountId}`) is not cross-account; service principals are never flagged, nor a specific role
 * of the other account (the recommended pattern: that role's own trust policy decides who gets in).
 *
 * ## Why it matters
 * Trusting an account's root hands the decision to that account's administrators: every principal
 * there that they allow `sts:AssumeRole` can assume the role. For third parties, the external id
 * prevents the confused-deputy problem (another customer of the vendor tricking the vendor into
 * assuming your role); for people, requiring MFA keeps a leaked key from being enough.
 *
 * ## Example
 * ```yaml
 * - Effect: Allow
 *   Principal:
 *     AWS: arn:aws:iam::111122223333:root
 *   Action: sts:AssumeRole
 * ```
 *
 * ## Use instead
 * ```yaml
 * - Effect: Allow
 *   Principal:
 *     AWS: arn:aws:iam::111122223333:root
 *   Action: sts:AssumeRole
 *   Condition:
 *     StringEquals:
 *       sts:ExternalId: !Ref VendorExternalId
 * ```
 *
 * ## Fix safety
 * No automatic fix: the external id must be agreed with the other party.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
export default defineRule({
  meta: {
    id: 'SW3021',
    name: 'iam-cross-account-trust-without-external-id',
    family: 'iam',
    category: 'public-access',
    severity: 'high',
    description: 'Role trusts another AWS account without sts:ExternalId, MFA or another restricting condition',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      crossAccount: '{{where}} lets {{principal}} (account {{account}}) assume the role without sts:ExternalId or MFA',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html'],
    equivalents: {},
  },
  policy: {
    kinds: ['trust'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow') continue;
        if (restrictingEntries(s, ctx.env).length > 0) continue;
        if (mfaRequirement(conditionEntries(s.condition, ctx.env)).req === 'enforced') continue;
        for (const p of statementPrincipals(s, ctx.env)) {
          const c = p.cls;
          // A named role in another account is the recommended cross-account pattern (its account
          // decides who assumes it, with its own trust policy); roots and users are flagged.
          if (c.kind !== 'account' && c.kind !== 'user') continue;
          if (c.own !== false) continue;
          const principal = c.kind === 'account' ? 'any principal the account allows' : `${c.kind} ${String(p.value.value)}`;
          ctx.report({ at: p.value.node, messageId: 'crossAccount', data: { where: where(ctx.policy, s), principal, account: c.account }, conditions: p.value.conditions });
        }
      }
    },
  },
});
