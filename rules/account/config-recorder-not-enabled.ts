import { defineRule, isMap, str } from '../api';

/**
 * ## What it does
 * In an account scan, flags a scanned region where no AWS Config recorder is recording.
 *
 * ## Why it matters
 * AWS Config keeps the history of every resource's configuration: without it there is no record of
 * when a security group was opened or a bucket made public, and no conformance checks.
 *
 * ## Example
 * ```yaml
 * ConfigEuWest1:
 *   Type: Shieldwall::Config::RegionStatus
 *   Properties:
 *     Region: eu-west-1
 *     Recorders:
 *       - Name: default
 *         Recording: false
 * ```
 *
 * ## Use instead
 * ```yaml
 *       - Name: default
 *         Recording: true
 *         AllSupported: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: start the recorder with `aws configservice start-configuration-recorder`.
 *
 * ## References
 * - https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html
 */
export default defineRule({
  meta: {
    id: 'SW6010',
    name: 'config-recorder-not-enabled',
    family: 'account',
    category: 'logging',
    severity: 'medium',
    description: 'AWS Config is not recording in a region',
    appliesTo: ['account'],
    messages: { off: 'AWS Config is not recording in {{region}}: configuration changes there are not tracked' },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html'],
    equivalents: { securityHub: ['Config.1'], cis: ['3.3'] },
  },
  resource: {
    types: ['Shieldwall::Config::RegionStatus'],
    check(ctx) {
      const region = str(ctx.resource.properties?.get('Region')) ?? '?';
      const recorders = ctx.prop('Recorders.*').filter((r) => !r.missing && isMap(r.node));
      if (recorders.some((r) => ctx.bool(ctx.lookup(r.node, 'Recording')[0]) !== 'false')) return;
      ctx.report({ at: ctx.resource.keyNode, messageId: 'off', data: { region } });
    },
  },
});
