import { defineRule } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an AWS Config configuration recorder (`AWS::Config::ConfigurationRecorder`) whose
 * `RecordingGroup` sets `AllSupported` to false, or uses an `EXCLUSION_BY_RESOURCE_TYPES` /
 * `INCLUSION_BY_RESOURCE_TYPES` recording strategy, so only some resource types are recorded. A
 * missing `RecordingGroup` records everything and passes.
 *
 * ## Why it matters
 * AWS Config is the configuration history of the account: who changed a security group, when a
 * bucket policy was opened. Resource types left out of recording have no history and are invisible to
 * Config rules and Security Hub controls.
 *
 * ## Example
 * ```yaml
 * Recorder:
 *   Type: AWS::Config::ConfigurationRecorder
 *   Properties:
 *     RoleARN: !GetAtt ConfigRole.Arn
 *     RecordingGroup:
 *       AllSupported: false
 *       ResourceTypes: [AWS::EC2::Instance]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     RecordingGroup:
 *       AllSupported: true
 *       IncludeGlobalResourceTypes: true
 * ```
 *
 * ## Fix safety
 * No automatic fix: recording every type changes the Config bill; pick the types deliberately.
 *
 * ## References
 * - https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-config-configurationrecorder-recordinggroup.html
 */
export default defineRule({
  meta: {
    id: 'SW5629',
    name: 'config-recorder-not-recording-all',
    family: 'config',
    category: 'logging',
    severity: 'low',
    description: 'AWS Config recorder records only some resource types',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      partial: 'Config recorder {{recorder}} {{how}}: changes to other resource types are not recorded',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html'],
    equivalents: { securityHub: ['Config.1'], cis: ['3.3'] },
    cdk: 'recordingGroup: { allSupported: true, includeGlobalResourceTypes: true }',
  },
  resource: {
    types: ['AWS::Config::ConfigurationRecorder'],
    check(ctx) {
      const recorder = ctx.resource.logicalId;
      for (const group of ctx.prop('RecordingGroup')) {
        if (group.missing) continue;
        for (const all of below(ctx, group, 'AllSupported')) {
          if (!all.missing && ctx.bool(all) === 'false') ctx.report({ at: all, messageId: 'partial', data: { recorder, how: 'sets AllSupported to false' } });
        }
        for (const strategy of below(ctx, group, 'RecordingStrategy.UseOnly')) {
          const s = strategy.missing ? undefined : ctx.value(strategy);
          if (s === 'EXCLUSION_BY_RESOURCE_TYPES' || s === 'INCLUSION_BY_RESOURCE_TYPES') ctx.report({ at: strategy, messageId: 'partial', data: { recorder, how: `uses the ${s} recording strategy` } });
        }
      }
    },
  },
});
