import { conditionEntries, defineRule } from '../api';
import { editable, where } from '../lib/iam';

const AGE = 'aws:multifactorauthage';

/**
 * ## What it does
 * Flags an `aws:MultiFactorAuthAge` bound longer than the configured maximum (option
 * `maxAgeSeconds`, default 43200 s = 12 hours): an Allow with `NumericLessThan`/`NumericLessThanEquals`
 * above it, or a Deny with `NumericGreaterThan`/`NumericGreaterThanEquals` above it.
 *
 * ## Why it matters
 * The age is the time since the session's MFA sign-in. A bound of days turns MFA into a one-off: a
 * stolen session token stays good for sensitive actions long after the person authenticated.
 *
 * ## Example
 * ```yaml
 * Condition:
 *   NumericLessThan:
 *     aws:MultiFactorAuthAge: "604800"
 * ```
 *
 * ## Use instead
 * ```yaml
 * Condition:
 *   NumericLessThan:
 *     aws:MultiFactorAuthAge: "3600"
 * ```
 *
 * ## Fix safety
 * Safe: the fix lowers the value to the configured maximum, which only shortens how long an MFA sign-in
 * is honoured.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthage
 */
export default defineRule({
  meta: {
    id: 'SW3105',
    name: 'iam-mfa-age-too-long',
    family: 'iam',
    category: 'mfa',
    severity: 'low',
    description: 'aws:MultiFactorAuthAge bound is longer than the configured maximum (default 12 h)',
    appliesTo: ['cloudformation', 'cdk', 'iam-policy', 'account'],
    messages: {
      tooLong: '{{where}} honours an MFA sign-in for {{hours}} h ({{seconds}} s), longer than the maximum of {{max}} s',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthage'],
    equivalents: {},
    options: { maxAgeSeconds: 43200 },
  },
  policy: {
    check(ctx) {
      const max = Number(ctx.options.maxAgeSeconds ?? 43200);
      for (const s of ctx.policy.statements) {
        for (const e of conditionEntries(s.condition, ctx.env)) {
          if (e.key !== AGE) continue;
          const bounding = (s.effect === 'Allow' && /^NumericLessThan(Equals)?$/.test(e.base)) || (s.effect === 'Deny' && /^NumericGreaterThan(Equals)?$/.test(e.base));
          if (!bounding) continue;
          const n = e.values.map(Number).filter((x) => Number.isFinite(x));
          const worst = Math.max(...n);
          if (n.length === 0 || worst <= max) continue;
          const fixable = editable(e.node, s.conditions) && e.node.kind === 'scalar';
          ctx.report({
            at: e.node,
            messageId: 'tooLong',
            data: { where: where(ctx.policy, s), seconds: worst, hours: Math.round((worst / 3600) * 10) / 10, max },
            conditions: s.conditions,
            fixes: fixable ? [{ title: `Lower to ${max} seconds`, safety: 'safe', edits: [{ op: 'replace', target: e.node, value: String(max) }] }] : undefined,
          });
        }
      }
    },
  },
});
