import { defineRule } from '../api';

/**
 * ## What it does
 * Flags an identity policy statement that allows every action (`*`) on every resource (`*`): full
 * administrator access. Every statement is checked, not just the first, in inline policies of roles,
 * users and groups, `AWS::IAM::Policy`, `AWS::IAM::ManagedPolicy` and standalone policy files.
 *
 * ## Why it matters
 * Whoever holds this policy, or compromises what holds it, controls the whole account: they can read
 * every secret, delete every backup and create new admins to persist. Least privilege limits the blast
 * radius of a leaked key or an exploited workload.
 *
 * ## Example
 * ```yaml
 * PolicyDocument:
 *   Version: "2012-10-17"
 *   Statement:
 *     - Effect: Allow
 *       Action: "*"
 *       Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 *     - Effect: Allow
 *       Action: [s3:GetObject, s3:PutObject]
 *       Resource: !Sub "${Bucket.Arn}/*"
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows which actions the workload needs. IAM Access Analyzer can
 * generate a policy from CloudTrail activity.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html
 */
export default defineRule({
  meta: {
    id: 'SW3001',
    name: 'iam-policy-admin-wildcard',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'critical',
    description: 'IAM policy allows all actions on all resources',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      admin: '{{where}} allows every action on every resource (administrator access)',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    equivalents: { checkov: ['CKV_AWS_1', 'CKV_AWS_62', 'CKV_AWS_63'], guard: ['IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS'], trivy: ['AVD-AWS-0057'], securityHub: ['IAM.1'], cis: ['1.16'] },
  },
  policy: {
    kinds: ['identity'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow') continue;
        const star = (s.action ?? []).find((a) => a.value === '*');
        if (!star) continue;
        if (!(s.resource ?? []).some((r) => r.value === '*')) continue;
        const where = `Statement ${s.sid ?? `#${s.index + 1}`} of the ${ctx.policy.label}`;
        ctx.report({ at: star.node, messageId: 'admin', data: { where }, conditions: star.conditions });
      }
    },
  },
});
