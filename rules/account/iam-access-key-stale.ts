import { defineRule, str } from '../api';

/**
 * ## What it does
 * In an account scan, flags an active IAM access key that was last rotated more than `maxAgeDays`
 * (default 90) days before the credential report was generated.
 *
 * ## Why it matters
 * Long-lived keys end up in laptops, CI systems and logs. The older a key, the more places it may have
 * leaked to; rotation limits how long a leaked key works.
 *
 * ## Example
 * ```yaml
 * CredentialsCi:
 *   Type: Shieldwall::IAM::CredentialReportUser
 *   Properties:
 *     UserName: ci
 *     ReportGeneratedAt: "2026-11-01T00:00:00Z"
 *     AccessKeys:
 *       - Active: true
 *         LastRotated: "2025-01-01T00:00:00Z"
 * ```
 *
 * ## Use instead
 * ```yaml
 *       - Active: true
 *         LastRotated: "2026-10-01T00:00:00Z"   # or better: an IAM role, no key at all
 * ```
 *
 * ## Fix safety
 * No automatic fix: create a new key, switch the consumer over, then deactivate the old one.
 *
 * ## References
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#Using_RotateAccessKey
 */
export default defineRule({
  meta: {
    id: 'SW6005',
    name: 'iam-access-key-stale',
    family: 'account',
    category: 'iam-least-privilege',
    severity: 'medium',
    description: 'Active IAM access key not rotated within the allowed age',
    appliesTo: ['account'],
    messages: { stale: 'Access key {{n}} of IAM user {{user}} was last rotated {{days}} days ago (limit {{max}})' },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html'],
    equivalents: { securityHub: ['IAM.3'], cis: ['1.14'] },
    options: { maxAgeDays: 90 },
  },
  resource: {
    types: ['Shieldwall::IAM::CredentialReportUser'],
    check(ctx) {
      const user = str(ctx.resource.properties?.get('UserName')) ?? ctx.resource.logicalId;
      const generated = Date.parse(String(ctx.value(ctx.prop('ReportGeneratedAt')[0])));
      if (Number.isNaN(generated)) return; // no reference date: do not guess with the wall clock
      const max = Number(ctx.options.maxAgeDays);
      ctx.prop('AccessKeys.*').forEach((key, i) => {
        if (key.missing) return;
        const active = ctx.lookup(key.node, 'Active')[0];
        if (!active || ctx.bool(active) !== 'true') return;
        for (const rotated of ctx.lookup(key.node, 'LastRotated')) {
          const at = Date.parse(String(ctx.value(rotated)));
          if (rotated.missing || Number.isNaN(at)) continue;
          const days = Math.floor((generated - at) / 86_400_000);
          if (days > max) ctx.report({ at: rotated, messageId: 'stale', data: { n: i + 1, user, days, max } });
        }
      });
    },
  },
});
