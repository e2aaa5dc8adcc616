import { defineRule, isMap } from '../api';

/**
 * ## What it does
 * In an account scan, flags an account without an active multi-region CloudTrail trail, and
 * multi-region trails without log file validation. A trail whose logging status could not be read is
 * not assumed to be off.
 *
 * ## Why it matters
 * CloudTrail is the record of who did what. Without a trail in every region, activity in an unused
 * region — a favourite place to mine cryptocurrency with stolen keys — is invisible; without log file
 * validation, logs can be altered undetected.
 *
 * ## Example
 * ```yaml
 * CloudTrail:
 *   Type: Shieldwall::CloudTrail::AccountTrails
 *   Properties:
 *     Trails:
 *       - Name: audit
 *         IsMultiRegionTrail: false
 *         IsLogging: true
 * ```
 *
 * ## Use instead
 * ```yaml
 *       - Name: audit
 *         IsMultiRegionTrail: true
 *         IsLogging: true
 *         EnableLogFileValidation: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: create or update the trail (an organization trail covers every account).
 *
 * ## References
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
 */
export default defineRule({
  meta: {
    id: 'SW6008',
    name: 'cloudtrail-no-multi-region-trail',
    family: 'account',
    category: 'logging',
    severity: 'high',
    description: 'No active multi-region CloudTrail trail with log file validation',
    appliesTo: ['account'],
    messages: {
      none: 'No CloudTrail trail is logging in all regions: API activity in other regions is not recorded',
      validation: 'Multi-region trail {{trail}} does not validate log files: tampering would go unnoticed',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html'],
    equivalents: { securityHub: ['CloudTrail.1', 'CloudTrail.4'], cis: ['3.1', '3.2'] },
  },
  resource: {
    types: ['Shieldwall::CloudTrail::AccountTrails'],
    check(ctx) {
      let active = false;
      let unknown = false;
      for (const t of ctx.prop('Trails.*')) {
        if (t.missing || !isMap(t.node)) continue;
        const multi = ctx.bool(ctx.lookup(t.node, 'IsMultiRegionTrail')[0]);
        const logging = ctx.bool(ctx.lookup(t.node, 'IsLogging')[0]);
        if (multi !== 'true') continue;
        if (logging === 'false') continue;
        if (logging === 'unknown') unknown = true;
        else active = true;
        const validation = ctx.lookup(t.node, 'EnableLogFileValidation')[0];
        if (validation && !validation.missing && ctx.bool(validation) === 'false') ctx.report({ at: validation, messageId: 'validation', data: { trail: String(ctx.value(ctx.lookup(t.node, 'Name')[0])) } });
      }
      if (!active && !unknown) ctx.report({ at: ctx.resource.keyNode, messageId: 'none' });
    },
  },
});
