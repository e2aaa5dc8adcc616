import { defineRule } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a Step Functions state machine (`AWS::StepFunctions::StateMachine`) without a
 * `LoggingConfiguration`, or whose `Level` is `OFF` (the default).
 *
 * ## Why it matters
 * Execution history in the console is kept for 90 days at most (and not at all for Express
 * workflows). Logs in CloudWatch record every failed state, error and (optionally) its input and
 * output, which is what you need to investigate a workflow that moved money or data unexpectedly.
 *
 * ## Example
 * ```yaml
 * Flow:
 *   Type: AWS::StepFunctions::StateMachine
 *   Properties:
 *     RoleArn: !GetAtt FlowRole.Arn
 *     DefinitionString: '{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}'
 * ```
 *
 * ## Use instead
 * ```yaml
 *     LoggingConfiguration:
 *       Level: ERROR
 *       IncludeExecutionData: false
 *       Destinations:
 *         - CloudWatchLogsLogGroup:
 *             LogGroupArn: !GetAtt FlowLogs.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: logging needs a log group and log-delivery permissions on the state machine role.
 *
 * ## References
 * - https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-stepfunctions-statemachine-loggingconfiguration.html
 */
export default defineRule({
  meta: {
    id: 'SW5620',
    name: 'stepfunctions-state-machine-logging-disabled',
    family: 'stepfunctions',
    category: 'logging',
    severity: 'low',
    description: 'Step Functions state machine does not log executions to CloudWatch Logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'State machine {{sm}} has no LoggingConfiguration: executions are not logged',
      off: 'State machine {{sm}} sets logging Level to OFF: executions are not logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html'],
    equivalents: { checkov: ['CKV_AWS_285'], guard: ['STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED'], securityHub: ['StepFunctions.1'] },
    cdk: 'logs: { destination: logGroup, level: sfn.LogLevel.ERROR }',
  },
  resource: {
    types: ['AWS::StepFunctions::StateMachine'],
    check(ctx) {
      const sm = ctx.resource.logicalId;
      for (const cfg of ctx.prop('LoggingConfiguration')) {
        if (cfg.missing) {
          ctx.report({ at: cfg, messageId: 'missing', data: { sm } });
          continue;
        }
        for (const lvl of below(ctx, cfg, 'Level')) {
          // Level defaults to OFF.
          if (lvl.missing) ctx.report({ at: lvl, messageId: 'off', data: { sm } });
          else if (ctx.value(lvl) === 'OFF') ctx.report({ at: lvl, messageId: 'off', data: { sm } });
        }
      }
    },
  },
});
