import { defineRule, patternMatchesAction } from '../api';
import { where } from '../lib/iam';

/**
 * ## What it does
 * Flags an Allow in an identity policy that grants `iam:PassRole` (directly or through a pattern such
 * as `iam:Pass*` or `iam:*`) on `Resource: "*"` or with `NotResource`. `Action: "*"` on `*` is reported
 * by iam-policy-admin-wildcard instead.
 *
 * ## Why it matters
 * PassRole on every role lets the holder hand any role in the account, including an administrator
 * role, to a service they control (an EC2 instance, a Lambda function, a CloudFormation stack) and act
 * with that role's permissions: a direct path to privilege escalation.
 *
 * ## Example
 * ```yaml
 * - Effect: Allow
 *   Action: iam:PassRole
 *   Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 * - Effect: Allow
 *   Action: iam:PassRole
 *   Resource: !GetAtt WorkerRole.Arn
 *   Condition:
 *     StringEquals:
 *       iam:PassedToService: ec2.amazonaws.com
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows which roles must be passed.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource
 */
export default defineRule({
  meta: {
    id: 'SW3006',
    name: 'iam-passrole-any-resource',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'high',
    description: 'IAM policy allows iam:PassRole on every role',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      passRole: '{{where}} allows iam:PassRole on every role ({{action}} on {{resource}}): any role, including an admin role, can be passed to a service',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
    equivalents: { cfnNag: ['F38', 'F39', 'F40'] },
  },
  policy: {
    kinds: ['identity'],
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (s.effect !== 'Allow') continue;
        const star = (s.resource ?? []).find((r) => r.value === '*');
        if (!star && !s.notResource) continue;
        if ((s.action ?? []).some((a) => a.value === '*') && star) continue; // administrator access: SW3001
        const hit = s.action
          ? s.action.find((a) => typeof a.value === 'string' && patternMatchesAction(a.value, 'iam:PassRole'))
          : s.notAction && s.notAction.every((a) => typeof a.value === 'string' && !patternMatchesAction(a.value, 'iam:PassRole')) ? s.notAction[0] : undefined;
        if (!hit) continue;
        ctx.report({ at: hit.node, messageId: 'passRole', data: { where: where(ctx.policy, s), action: s.action ? String(hit.value) : 'NotAction', resource: star ? '*' : 'NotResource' }, conditions: [...hit.conditions, ...(star?.conditions ?? []).filter((c) => !hit.conditions.some((x) => x.name === c.name))] });
      }
    },
  },
});
