import { defineRule, isMap, str } from '../api';

/**
 * ## What it does
 * In an account scan, flags a scanned region with no enabled GuardDuty detector.
 *
 * ## Why it matters
 * GuardDuty watches CloudTrail, VPC flow and DNS logs for compromised credentials, crypto-mining and
 * data exfiltration. A region without it is a region where an intruder is not noticed.
 *
 * ## Example
 * ```yaml
 * GuardDutyUsEast1:
 *   Type: Shieldwall::GuardDuty::RegionStatus
 *   Properties:
 *     Region: us-east-1
 *     Detectors: []
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Detectors:
 *       - Id: 12abc34d567e8fa901bc2d34e56789f0
 *         Status: ENABLED
 * ```
 *
 * ## Fix safety
 * No automatic fix: enable GuardDuty (ideally organization-wide through a delegated administrator).
 *
 * ## References
 * - https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html
 */
export default defineRule({
  meta: {
    id: 'SW6009',
    name: 'guardduty-not-enabled',
    family: 'account',
    category: 'logging',
    severity: 'medium',
    description: 'GuardDuty is not enabled in a region',
    appliesTo: ['account'],
    messages: { off: 'GuardDuty is not enabled in {{region}}: threats there go undetected' },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html'],
    equivalents: { securityHub: ['GuardDuty.1'] },
  },
  resource: {
    types: ['Shieldwall::GuardDuty::RegionStatus'],
    check(ctx) {
      const region = str(ctx.resource.properties?.get('Region')) ?? '?';
      const detectors = ctx.prop('Detectors.*').filter((d) => !d.missing && isMap(d.node));
      const statuses = detectors.map((d) => ctx.value(ctx.lookup(d.node, 'Status')[0]));
      if (statuses.some((s) => s === 'ENABLED' || typeof s !== 'string')) return;
      ctx.report({ at: ctx.resource.keyNode, messageId: 'off', data: { region } });
    },
  },
});
