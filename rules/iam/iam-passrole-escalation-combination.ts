import { type PolicyValue, type Statement, defineRule, patternMatchesAction } from '../api';
import { hasCondition } from '../lib/iam';

/** PassRole plus these lets the holder run code as any passable role. */
const COMBOS: ReadonlyArray<{ all: string[]; anyOf?: string[]; how: string }> = [
  { all: ['ec2:RunInstances'], how: 'start an EC2 instance with the role and read its credentials from the instance metadata' },
  { all: ['lambda:CreateFunction'], anyOf: ['lambda:InvokeFunction', 'lambda:CreateEventSourceMapping', 'lambda:AddPermission'], how: 'create a Lambda function with the role and invoke it' },
  { all: ['cloudformation:CreateStack'], how: 'create a CloudFormation stack that runs as the role' },
  { all: ['glue:CreateDevEndpoint'], how: 'create a Glue development endpoint with the role and log in to it' },
];

/**
 * ## What it does
 * Flags an identity policy that, across its Allow statements, grants `iam:PassRole` together with a
 * way to run code as the passed role: `ec2:RunInstances`; `lambda:CreateFunction` plus
 * `lambda:InvokeFunction`, `lambda:CreateEventSourceMapping` or `lambda:AddPermission`;
 * `cloudformation:CreateStack`; or `glue:CreateDevEndpoint`. Statements with a Condition are not
 * counted (a condition such as `iam:PassedToService` may break the path).
 *
 * ## Why it matters
 * These are the classic privilege-escalation paths: pass an administrator role to a new instance,
 * function, stack or endpoint, then use its credentials. The holder ends up with the permissions of
 * every role the PassRole resource admits.
 *
 * ## Example
 * ```yaml
 * - Effect: Allow
 *   Action: [iam:PassRole, ec2:RunInstances]
 *   Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 * - Effect: Allow
 *   Action: iam:PassRole
 *   Resource: !GetAtt InstanceRole.Arn
 *   Condition:
 *     StringEquals:
 *       iam:PassedToService: ec2.amazonaws.com
 * - Effect: Allow
 *   Action: ec2:RunInstances
 *   Resource: "*"
 * ```
 *
 * ## Fix safety
 * No automatic fix: limit PassRole to the roles the workload must pass.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
 * - https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/
 */
export default defineRule({
  meta: {
    id: 'SW3008',
    name: 'iam-passrole-escalation-combination',
    family: 'iam',
    category: 'iam-least-privilege',
    severity: 'high',
    description: 'IAM policy allows iam:PassRole together with a service that runs code as the passed role',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      combo: 'The {{policy}} allows iam:PassRole with {{actions}}: the holder can {{how}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html'],
    equivalents: { checkov: ['CKV_AWS_110'] },
  },
  policy: {
    kinds: ['identity'],
    check(ctx) {
      const allows = ctx.policy.statements.filter((s) => s.effect === 'Allow' && !hasCondition(s));
      const grant = (action: string): PolicyValue | undefined => {
        for (const s of allows) {
          const v = grants(s, action);
          if (v) return v;
        }
        return undefined;
      };
      const pass = grant('iam:PassRole');
      if (!pass) return;
      // `*` alone is administrator access, reported on its own.
      if (pass.value === '*') return;
      for (const c of COMBOS) {
        if (!c.all.every((a) => grant(a))) continue;
        const extra = c.anyOf?.find((a) => grant(a));
        if (c.anyOf && !extra) continue;
        ctx.report({ at: pass.node, messageId: 'combo', data: { policy: ctx.policy.label, actions: [...c.all, ...(extra ? [extra] : [])].join(' and '), how: c.how }, conditions: pass.conditions });
        return;
      }
    },
  },
});

/** The Action value through which a statement grants `action` (the first NotAction value for NotAction). */
function grants(s: Statement, action: string): PolicyValue | undefined {
  if (s.action) return s.action.find((a) => typeof a.value === 'string' && patternMatchesAction(a.value, action));
  if (s.notAction && s.notAction.every((a) => typeof a.value === 'string' && !patternMatchesAction(a.value, action))) return s.notAction[0];
  return undefined;
}
