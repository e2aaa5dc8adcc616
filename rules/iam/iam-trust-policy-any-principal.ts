import { defineRule } from '../api';
import { restrictingEntries, statementPrincipals, where } from '../lib/iam';

/**
 * ## What it does
 * Flags a role trust policy that lets any AWS principal (`Principal: "*"` or `{AWS: "*"}`) assume the
 * role, unless a Condition restricts who (for example `aws:PrincipalOrgID`, `aws:PrincipalArn`,
 * `aws:PrincipalAccount`, `sts:ExternalId` or an MFA requirement).
 *
 * ## Why it matters
 * `*` in a trust policy means every AWS account in the world, including an attacker's: anyone can call
 * `sts:AssumeRole` and act with the role's permissions.
 *
 * ## Example
 * ```yaml
 * AssumeRolePolicyDocument:
 *   Statement:
 *     - Effect: Allow
 *       Principal: "*"
 *       Action: sts:AssumeRole
 * ```
 *
 * ## Use instead
 * ```yaml
 * AssumeRolePolicyDocument:
 *   Statement:
 *     - Effect: Allow
 *       Principal:
 *         AWS: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root
 *       Action: sts:AssumeRole
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows who should assume the role.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html
 */
export default defineRule({
  meta: {
    id: 'SW3020',
    name: 'iam-trust-policy-any-principal',
    family: 'iam',
    category: 'public-access',
    severity: 'critical',
    description: 'Role trust policy lets any AWS principal assume the role',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      anyone: '{{where}} lets any AWS principal in any account assume the role: restrict Principal or add an aws:PrincipalOrgID condition',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-anonymous'],
    equivalents: { checkov: ['CKV_AWS_60'] },
  },
  policy: {
    kinds: ['trust'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow') continue;
        const any = statementPrincipals(s, ctx.env).find((p) => p.cls.kind === 'anyone');
        if (!any) continue;
        if (restrictingEntries(s, ctx.env).length > 0) continue;
        ctx.report({ at: any.value.node, messageId: 'anyone', data: { where: where(ctx.policy, s) }, conditions: any.value.conditions });
      }
    },
  },
});
