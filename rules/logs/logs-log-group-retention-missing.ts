import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a CloudWatch Logs log group (`AWS::Logs::LogGroup`) without `RetentionInDays`: its events
 * never expire.
 *
 * ## Why it matters
 * Log data kept forever costs money every month and keeps whatever personal or secret data slipped
 * into logs around indefinitely, which conflicts with most data-retention policies. Choosing a
 * retention period is a deliberate decision about how long evidence must be kept.
 *
 * ## Example
 * ```yaml
 * AppLogs:
 *   Type: AWS::Logs::LogGroup
 *   Properties:
 *     LogGroupName: /app/web
 * ```
 *
 * ## Use instead
 * ```yaml
 * AppLogs:
 *   Type: AWS::Logs::LogGroup
 *   Properties:
 *     LogGroupName: /app/web
 *     RetentionInDays: 365
 * ```
 *
 * ## Fix safety
 * Unsafe: setting a retention period deletes events older than it. The fix proposes 365 days; pick
 * the period your retention policy requires.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html
 */
export default defineRule({
  meta: {
    id: 'SW5613',
    name: 'logs-log-group-retention-missing',
    family: 'logs',
    category: 'logging',
    severity: 'low',
    description: 'CloudWatch Logs log group keeps its events forever',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Log group {{group}} has no RetentionInDays: its events never expire',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention'],
    equivalents: { checkov: ['CKV_AWS_66'], cfnNag: ['W86'], guard: ['CW_LOGGROUP_RETENTION_PERIOD_CHECK'] },
    cdk: 'retention: logs.RetentionDays.ONE_YEAR',
  },
  resource: {
    types: ['AWS::Logs::LogGroup'],
    check(ctx) {
      for (const v of ctx.prop('RetentionInDays')) {
        if (!v.missing) continue;
        ctx.report({
          at: v,
          messageId: 'missing',
          data: { group: ctx.resource.logicalId },
          fixes: fixable(v) && !ctx.resource.properties?.has('RetentionInDays') ? helpers.fix('Set RetentionInDays: 365 (older events are deleted)', 'unsafe', helpers.setProperty(ctx.resource, 'RetentionInDays', 365)) : undefined,
        });
      }
    },
  },
});
