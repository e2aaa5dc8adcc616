import { type ConditionEntry, type FixValue, type Statement, conditionEntries, defineRule, isMap, toPlain } from '../api';
import { editable, where } from '../lib/iam';

const PRESENT = 'aws:multifactorauthpresent';

/**
 * ## What it does
 * Flags MFA conditions that do not mean what they seem to:
 * - a Deny with `Bool: {aws:MultiFactorAuthPresent: "false"}`. The key is absent, not false, for
 *   requests signed with long-term access keys, and `Bool` on an absent key does not match, so the
 *   deny never applies to access keys. `BoolIfExists` matches both.
 * - a Deny with `Null: {aws:MultiFactorAuthPresent: "true"}`: it matches only when the key is absent,
 *   that is only long-term access keys; console sessions and temporary credentials obtained without
 *   MFA carry the key (as `false`) and are not denied.
 * - an Allow with `Null: {aws:MultiFactorAuthPresent: "false"}`: it only checks that the key exists,
 *   which it does (as `false`) for every console or temporary session without MFA.
 * - an Allow with `Bool: {aws:MultiFactorAuthPresent: "false"}`: it allows exactly the sessions that
 *   did not use MFA.
 *
 * ## Why it matters
 * These statements look like MFA enforcement in review, yet let the requests they were meant to stop
 * through. The Bool-deny form is in many published "force MFA" policies and is the most common.
 *
 * ## Example
 * ```yaml
 * - Effect: Deny
 *   NotAction: [iam:ChangePassword, iam:EnableMFADevice, sts:GetSessionToken]
 *   Resource: "*"
 *   Condition:
 *     Bool:
 *       aws:MultiFactorAuthPresent: "false"
 * ```
 *
 * ## Use instead
 * ```yaml
 *   Condition:
 *     BoolIfExists:
 *       aws:MultiFactorAuthPresent: "false"
 * ```
 *
 * ## Fix safety
 * The Bool-deny fix is safe: it renames the operator to `BoolIfExists` (or moves just that key when
 * the `Bool` block holds other keys), which only extends the deny to requests without the key. The
 * other forms need the author's intent and get no automatic fix.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
 */
export default defineRule({
  meta: {
    id: 'SW3102',
    name: 'iam-mfa-condition-pitfall',
    family: 'iam',
    category: 'mfa',
    severity: 'high',
    description: 'An MFA condition does not do what it appears to (Bool/Null on aws:MultiFactorAuthPresent)',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      denyBool: '{{where}} never denies requests made with long-term access keys: aws:MultiFactorAuthPresent is absent for them and Bool does not match an absent key; use BoolIfExists',
      denyNull: '{{where}} denies only long-term access keys: console sessions and temporary credentials without MFA carry aws:MultiFactorAuthPresent=false and are not denied; use BoolIfExists with "false"',
      allowNull: '{{where}} allows sessions without MFA: Null "false" only checks that aws:MultiFactorAuthPresent exists, and it exists (as false) for sessions without MFA; use Bool with "true"',
      allowFalse: '{{where}} allows only requests made without MFA (aws:MultiFactorAuthPresent "false"); use "true"',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent'],
    equivalents: {},
  },
  policy: {
    check(ctx) {
      for (const s of ctx.policy.statements) {
        if (!s.effect) continue;
        for (const e of conditionEntries(s.condition, ctx.env)) {
          if (e.key !== PRESENT || e.qualifier) continue;
          const falsy = e.values.some((v) => v.toLowerCase() === 'false');
          const truthy = e.values.some((v) => v.toLowerCase() === 'true');
          const data = { where: where(ctx.policy, s) };
          if (s.effect === 'Deny' && e.base === 'Bool' && !e.ifExists && falsy) {
            ctx.report({ at: e.keyNode, messageId: 'denyBool', data, conditions: s.conditions, fixes: boolIfExistsFix(s, e) });
          } else if (s.effect === 'Deny' && e.base === 'Null' && truthy) {
            ctx.report({ at: e.keyNode, messageId: 'denyNull', data, conditions: s.conditions });
          } else if (s.effect === 'Allow' && e.base === 'Null' && falsy) {
            ctx.report({ at: e.keyNode, messageId: 'allowNull', data, conditions: s.conditions });
          } else if (s.effect === 'Allow' && e.base === 'Bool' && falsy && !truthy) {
            ctx.report({ at: e.keyNode, messageId: 'allowFalse', data, conditions: s.conditions });
          }
        }
      }
    },
  },
});

/**
 * Bool → BoolIfExists: rename the operator when the MFA key is its only key (replacing the key node's
 * text), else move that key: two edits in one map collide, so the Condition map is then rewritten with
 * the same entries in the same order.
 */
function boolIfExistsFix(s: Statement, e: ConditionEntry) {
  const cond = s.condition;
  if (!cond || !editable(cond, s.conditions)) return undefined;
  const op = cond.entry(e.operator);
  if (!op || !isMap(op.value) || cond.has('BoolIfExists')) return undefined;
  const mfaKey = op.value.entries.find((k) => k.key.toLowerCase() === PRESENT)?.key;
  if (!mfaKey) return undefined;
  const title = 'Use BoolIfExists so the deny also applies to long-term access keys';
  // The MFA key alone under a block-style Bool: rename the operator in place (the key node's text is
  // replaced). Flow maps (JSON) are rewritten whole: the JSON renderer edits values by path, not keys.
  if (op.value.size === 1 && !cond.flow) return [{ title, safety: 'safe' as const, edits: [{ op: 'replace' as const, target: op.keyNode, value: 'BoolIfExists' }] }];
  const out: Record<string, FixValue> = {};
  for (const entry of cond.entries) {
    if (entry.key !== e.operator) {
      out[entry.key] = toPlain(entry.value) as FixValue;
      continue;
    }
    const rest: Record<string, FixValue> = {};
    for (const k of op.value.entries) if (k.key !== mfaKey) rest[k.key] = toPlain(k.value) as FixValue;
    if (Object.keys(rest).length > 0) out[entry.key] = rest;
    out.BoolIfExists = { [mfaKey]: 'false' };
  }
  return [{ title, safety: 'safe' as const, edits: [{ op: 'replace' as const, target: cond, value: out }] }];
}
