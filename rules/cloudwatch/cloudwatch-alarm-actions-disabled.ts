import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a CloudWatch alarm (`AWS::CloudWatch::Alarm`, `AWS::CloudWatch::CompositeAlarm`) whose
 * `ActionsEnabled` is false, so it changes state without notifying anyone or triggering anything.
 *
 * ## Why it matters
 * Alarms are how a security or availability event reaches a human or an automated response. An
 * alarm deployed with its actions off looks like monitoring in a review while silently doing nothing.
 *
 * ## Example
 * ```yaml
 * RootLoginAlarm:
 *   Type: AWS::CloudWatch::Alarm
 *   Properties:
 *     ActionsEnabled: false
 *     AlarmActions: [!Ref SecurityTopic]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     ActionsEnabled: true
 * ```
 *
 * ## Fix safety
 * Safe: the configured actions start firing on the next state change, which is what they are for.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudwatch-alarm.html
 */
export default defineRule({
  meta: {
    id: 'SW5628',
    name: 'cloudwatch-alarm-actions-disabled',
    family: 'cloudwatch',
    category: 'logging',
    severity: 'low',
    description: 'CloudWatch alarm is deployed with its actions turned off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      isFalse: 'CloudWatch alarm {{alarm}} sets ActionsEnabled to false: state changes notify no one',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html'],
    equivalents: { guard: ['CLOUDWATCH_ALARM_ACTION_ENABLED_CHECK'], securityHub: ['CloudWatch.17'] },
    cdk: 'actionsEnabled: true',
  },
  resource: {
    types: ['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm'],
    check(ctx) {
      for (const v of ctx.prop('ActionsEnabled')) {
        if (v.missing || ctx.bool(v) !== 'false') continue;
        ctx.report({ at: v, messageId: 'isFalse', data: { alarm: ctx.resource.logicalId }, fixes: fixable(v) ? helpers.fix('Set ActionsEnabled: true', 'safe', helpers.setAt(ctx, v, 'ActionsEnabled', true)) : undefined });
      }
    },
  },
});
