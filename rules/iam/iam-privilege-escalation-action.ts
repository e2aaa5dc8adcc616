import { type PolicyValue, defineRule, patternMatchesAction } from '../api';
import { strs, where } from '../lib/iam';

/** Single actions that let the holder raise their own privileges. */
export const ESCALATION_ACTIONS: readonly string[] = [
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:AttachUserPolicy',
  'iam:AttachGroupPolicy',
  'iam:AttachRolePolicy',
  'iam:PutUserPolicy',
  'iam:PutGroupPolicy',
  'iam:PutRolePolicy',
  'iam:UpdateAssumeRolePolicy',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:AddUserToGroup',
  'lambda:UpdateFunctionCode',
  'glue:UpdateDevEndpoint',
];

/** Actions that are fine on the caller's own user (self-service credential management). */
const SELF_SERVICE = new Set(['iam:createaccesskey', 'iam:createloginprofile', 'iam:updateloginprofile']);

/**
 * ## What it does
 * Flags an Allow in an identity policy that grants an action known to allow privilege escalation:
 * `iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:Attach{User,Group,Role}Policy`,
 * `iam:Put{User,Group,Role}Policy`, `iam:UpdateAssumeRolePolicy`, `iam:CreateAccessKey`,
 * `iam:CreateLoginProfile`, `iam:UpdateLoginProfile`, `iam:AddUserToGroup`,
 * `lambda:UpdateFunctionCode` and `glue:UpdateDevEndpoint`, whether named or matched by a pattern such as `iam:Attach*`. Credential
 * actions limited to the caller's own user (`arn:aws:iam::*:user/${aws:username}`) are self-service and
 * not flagged. Service-wide wildcards (`iam:*`, `*`) are reported by their own rules.
 *
 * ## Why it matters
 * Each of these turns limited access into full access: attach `AdministratorAccess` to yourself, write
 * a new default version of a policy you hold, create an access key or console password for an admin
 * user, join the admins group, rewrite a role's trust policy to assume it, or replace the code of a
 * Lambda function or the SSH key of a Glue development endpoint that runs with a powerful role.
 *
 * ## Example
 * ```yaml
 * - Effect: Allow
 *   Action: [iam:AttachUserPolicy, iam:CreateAccessKey]
 *   Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 * - Effect: Allow
 *   Action: iam:CreateAccessKey
 *   Resource: arn:aws:iam::*:user/${aws:username}
 * ```
 *
 * ## Fix safety
 * No automatic fix: keep these actions for administrators, behind MFA, and scope them to resources.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
 * - https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/
 */
export default defineRule({
  meta: {
    id: 'SW3007',
    name: 'iam-privilege-escalation-action',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'high',
    description: 'IAM policy allows an action that permits privilege escalation',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      escalation: '{{where}} allows {{actions}}, which lets the holder escalate privileges ({{how}})',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    equivalents: { checkov: ['CKV_AWS_110'] },
  },
  policy: {
    kinds: ['identity'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow' || !s.action) continue;
        const selfOnly = s.resource !== undefined && strs(s.resource).length === s.resource.length && strs(s.resource).every((r) => /\$\{aws:username\}/i.test(r));
        const found: Array<{ action: string; via: PolicyValue }> = [];
        for (const a of s.action) {
          if (typeof a.value !== 'string') continue;
          if (a.value === '*' || /^[a-z0-9-]+:\*+$/i.test(a.value)) continue; // admin / service wildcards: own rules
          for (const e of ESCALATION_ACTIONS) {
            if (!patternMatchesAction(a.value, e) || found.some((f) => f.action === e)) continue;
            if (selfOnly && SELF_SERVICE.has(e.toLowerCase())) continue;
            found.push({ action: e, via: a });
          }
        }
        if (found.length === 0) continue;
        const first = found[0]!;
        const names = found.map((f) => f.action);
        ctx.report({
          at: first.via.node,
          messageId: 'escalation',
          data: { where: where(ctx.policy, s), actions: names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`, how: how(first.action) },
          conditions: first.via.conditions,
        });
      }
    },
  },
});

function how(action: string): string {
  const a = action.toLowerCase();
  if (a.includes('policyversion')) return 'rewrite a managed policy it holds';
  if (/attach|put.*policy/.test(a)) return 'grant itself any policy, e.g. AdministratorAccess';
  if (a.includes('assumerolepolicy')) return "rewrite a role's trust policy and assume it";
  if (a.includes('accesskey')) return 'create access keys for another user';
  if (a.includes('loginprofile')) return 'set a console password for another user';
  if (a.includes('addusertogroup')) return 'join a more powerful group';
  if (a.includes('devendpoint')) return "add its SSH key to a Glue endpoint and use the endpoint's role";
  return "run its own code with the function's role";
}
