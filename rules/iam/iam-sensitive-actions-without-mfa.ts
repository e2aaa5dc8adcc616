import { type PolicyValue, type Statement, conditionEntries, defineRule, helpers, mfaDeny, mfaRequirement, patternsOverlap, sensitiveActions, sensitiveActionsExcept, summarize } from '../api';
import { policyAudience } from '../lib/audience';

/**
 * ## What it does
 * Flags an Allow statement that grants sensitive actions to people without requiring MFA. Sensitive
 * means permissions management (from the IAM service authorization reference), any write in IAM,
 * Organizations or Account, and destructive actions such as `kms:ScheduleKeyDeletion`,
 * `s3:DeleteBucket` or `cloudtrail:StopLogging`. People are users, groups, and roles that accounts,
 * users or SAML federation can assume; roles trusted only by AWS services are not flagged. A statement
 * passes when it requires `Bool aws:MultiFactorAuthPresent true`, a `NumericLessThan
 * aws:MultiFactorAuthAge` bound or `Null aws:MultiFactorAuthAge false`, or when a Deny in the same
 * policy rejects those actions for requests without MFA.
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
      const audience = policyAudience(ctx, policy);
      if (audience.humans !== true) return;
      // Deny-unless-MFA statements in the same policy protect what they cover.
      const guards = policy.statements.filter((s) => s.effect === 'Deny' && mfaDeny(conditionEntries(s.condition, ctx.env)).deny === 'all');
      for (const s of policy.statements) {
        if (s.effect !== 'Allow') continue;
        const actions = (s.action ?? []).map((a) => a.value).filter((v): v is string => typeof v === 'string');
        const notActions = (s.notAction ?? []).map((a) => a.value).filter((v): v is string => typeof v === 'string');
        if (s.notAction && notActions.length !== s.notAction.length) continue; // computed NotAction: unknown
        let granted = s.notAction ? sensitiveActionsExcept(notActions) : sensitiveActions(actions);
        granted = granted.filter((a) => !guards.some((g) => covers(g, a)));
        if (granted.length === 0) continue;
        const req = mfaRequirement(conditionEntries(s.condition, ctx.env));
        if (req.req === 'enforced') continue;
        const at = (s.notAction ?? s.action ?? [])[0]?.node ?? s.node;
        const data = { who: capitalize(audience.who), actions: summarize(granted) };
        if (req.req === 'if-exists' && req.entry) {
          ctx.report({ at: req.entry.keyNode, messageId: 'ifExists', data: { ...data, operator: req.entry.operator }, conditions: s.conditions });
          continue;
        }
        const cond = s.condition;
        const fixes = s.conditions.length > 0 || s.node.kind !== 'map'
          ? undefined
          : cond
            ? helpers.fix('Require MFA for this statement (Bool aws:MultiFactorAuthPresent)', 'unsafe', { op: 'set', target: cond, key: 'Bool', value: { 'aws:MultiFactorAuthPresent': 'true' } })
            : helpers.fix('Require MFA for this statement (Bool aws:MultiFactorAuthPresent)', 'unsafe', { op: 'set', target: s.node, key: 'Condition', value: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } });
        ctx.report({ at, messageId: 'noMfa', data, conditions: s.conditions, fixes: cond?.has('Bool') ? undefined : fixes });
      }
    },
  },
});

function covers(deny: Statement, action: string): boolean {
  const strs = (vals: PolicyValue[] | undefined) => (vals ?? []).map((v) => v.value).filter((v): v is string => typeof v === 'string');
  if (deny.action) return strs(deny.action).some((p) => patternsOverlap(p, action));
  if (deny.notAction) return !strs(deny.notAction).some((p) => patternsOverlap(p, action));
  return false;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
