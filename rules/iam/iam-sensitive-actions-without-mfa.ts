import { type BaseContext, type PolicyDocument, type PolicyValue, type Statement, conditionEntries, defineRule, helpers, mfaRequirement, patternsOverlap, sensitiveActions, sensitiveActionsExcept, summarize } from '../api';
import { entityLabel, entityPolicies, mfaGuards, policyHolders, roleAudience } from '../lib/audience';
import { editable, strs } from '../lib/iam';

/**
 * ## What it does
 * Flags an Allow statement that grants sensitive actions to people without requiring MFA, and says who
 * and what: "User Bob can iam:CreateAccessKey without MFA". Sensitive means permissions management
 * (from the IAM service authorization reference), any write in IAM, Organizations or Account, and
 * destructive actions such as `kms:ScheduleKeyDeletion`, `s3:DeleteBucket` or `cloudtrail:StopLogging`
 * (the MFA set-up actions a deny-unless-MFA policy leaves open, such as `iam:EnableMFADevice`, are not).
 * People are users, group members, and roles that accounts, users or SAML federation can assume without
 * MFA; roles trusted only by AWS services or OIDC web identity are not flagged. A statement passes when
 * it requires `Bool aws:MultiFactorAuthPresent true`, a `NumericLessThan aws:MultiFactorAuthAge` bound
 * or `Null aws:MultiFactorAuthAge false`, or when a Deny that rejects requests without MFA
 * (`BoolIfExists … false`, `Null aws:MultiFactorAuthAge true`) covers those actions for every holder:
 * in the same policy, or in any other policy that reaches the holder in the template (its inline and
 * managed policies, its permissions boundary, and for a user its groups' policies).
 *
 * ## Why it matters
 * A phished password or a leaked access key is enough to take over an account when the most powerful
 * actions do not also need a second factor. `BoolIfExists` on an Allow is not enough: long-term access
 * keys carry no MFA key at all, so the condition is skipped for them.
 *
 * ## Example
 * ```yaml
 * Admins:
 *   Type: AWS::IAM::Group
 *   Properties:
 *     Policies:
 *       - PolicyName: iam-admin
 *         PolicyDocument:
 *           Statement:
 *             - Effect: Allow
 *               Action: iam:*
 *               Resource: "*"
 * ```
 *
 * ## Use instead
 * ```yaml
 *             - Effect: Allow
 *               Action: iam:*
 *               Resource: "*"
 *               Condition:
 *                 Bool:
 *                   aws:MultiFactorAuthPresent: "true"
 * ```
 *
 * ## Fix safety
 * Safe to offer, but review: after the fix, scripts that use long-term access keys for these actions
 * must switch to MFA-backed temporary credentials (`aws sts get-session-token`).
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
 */
export default defineRule({
  meta: {
    id: 'SW3101',
    name: 'iam-sensitive-actions-without-mfa',
    family: 'iam',
    category: 'mfa',
    severity: 'high',
    description: 'Sensitive IAM actions are allowed to people without an MFA condition',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      noMfa: '{{who}} can {{actions}} without MFA: require aws:MultiFactorAuthPresent in a Condition',
      ifExists: '{{who}} can {{actions}} without MFA when using long-term access keys: {{operator}} skips requests that carry no MFA key; use Bool',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html'],
    equivalents: { trivy: ['AVD-AWS-0123'], securityHub: ['IAM.5'], cis: ['1.10'] },
  },
  policy: {
    kinds: ['identity'],
    check(ctx) {
      const policy = ctx.policy;
      // Deny-unless-MFA statements in the same policy protect what they cover, for every holder.
      const local = mfaGuards(ctx, [policy], (d) => d === 'all').map((g) => g.statement);
      const targets = exposedPeople(ctx, policy, local);
      if (targets.length === 0) return;
      for (const s of policy.statements) {
        if (s.effect !== 'Allow') continue;
        const actions = strs(s.action);
        const notActions = strs(s.notAction);
        if (s.notAction && notActions.length !== s.notAction.length) continue; // computed NotAction: unknown
        const granted = s.notAction ? sensitiveActionsExcept(notActions) : sensitiveActions(actions);
        if (granted.length === 0) continue;
        const req = mfaRequirement(conditionEntries(s.condition, ctx.env));
        if (req.req === 'enforced') continue;
        // Each holder may be protected by a deny-unless-MFA in another of its policies (a group's, a managed one).
        const exposed = targets.map((t) => ({ who: t.who, actions: granted.filter((a) => !t.guards.some((g) => covers(g, a))) })).filter((t) => t.actions.length > 0);
        if (exposed.length === 0) continue;
        const allActions = [...new Set(exposed.flatMap((t) => t.actions))];
        const at = (s.notAction ?? s.action ?? [])[0]?.node ?? s.node;
        const data = { who: capitalize(people(exposed.map((t) => t.who))), actions: summarize(allActions) };
        if (req.req === 'if-exists' && req.entry) {
          ctx.report({ at: req.entry.keyNode, messageId: 'ifExists', data: { ...data, operator: req.entry.operator }, conditions: s.conditions });
          continue;
        }
        const cond = s.condition;
        const fixes = !editable(s.node, s.conditions) || s.node.kind !== 'map'
          ? undefined
          : cond
            ? helpers.fix('Require MFA for this statement (Bool aws:MultiFactorAuthPresent)', 'unsafe', { op: 'set', target: cond, key: 'Bool', value: { 'aws:MultiFactorAuthPresent': 'true' } })
            : helpers.fix('Require MFA for this statement (Bool aws:MultiFactorAuthPresent)', 'unsafe', { op: 'set', target: s.node, key: 'Condition', value: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } });
        ctx.report({ at, messageId: 'noMfa', data, conditions: s.conditions, fixes: cond?.has('Bool') ? undefined : fixes });
      }
    },
  },
});

/** The people who hold a policy, each with the deny-unless-MFA statements that apply to them. */
function exposedPeople(ctx: BaseContext, policy: PolicyDocument, local: Statement[]): Array<{ who: string; guards: Statement[] }> {
  const holders = policyHolders(ctx, policy);
  if (!holders) return [{ who: 'anyone this policy is attached to', guards: local }];
  const out: Array<{ who: string; guards: Statement[] }> = [];
  for (const e of holders.entities) {
    let who: string;
    if (e.type === 'AWS::IAM::Role') {
      const a = roleAudience(ctx, e);
      if (a.humans !== true) continue;
      who = a.who;
    } else who = entityLabel(e);
    const guards = mfaGuards(ctx, entityPolicies(ctx, e), (d) => d === 'all').map((g) => g.statement);
    out.push({ who, guards: [...local, ...guards] });
  }
  for (const x of holders.external) if (x.startsWith('user') || x.startsWith('group')) out.push({ who: x, guards: local });
  return out;
}

function people(list: string[]): string {
  if (list.length <= 2) return list.join(' and ');
  return `${list.slice(0, 2).join(', ')} and ${list.length - 2} more`;
}

function covers(deny: Statement, action: string): boolean {
  const strs = (vals: PolicyValue[] | undefined) => (vals ?? []).map((v) => v.value).filter((v): v is string => typeof v === 'string');
  if (deny.action) return strs(deny.action).some((p) => patternsOverlap(p, action));
  if (deny.notAction) return !strs(deny.notAction).some((p) => patternsOverlap(p, action));
  return false;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
