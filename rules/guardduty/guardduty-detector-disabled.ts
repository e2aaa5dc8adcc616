import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an `AWS::GuardDuty::Detector` whose `Enable` is false: the detector exists but analyses
 * nothing.
 *
 * ## Why it matters
 * GuardDuty watches CloudTrail, VPC flow logs and DNS logs for compromised credentials, crypto-mining,
 * reconnaissance and data exfiltration. A disabled detector gives the comfort of having threat
 * detection with none of the findings.
 *
 * ## Example
 * ```yaml
 * Detector:
 *   Type: AWS::GuardDuty::Detector
 *   Properties:
 *     Enable: false
 * ```
 *
 * ## Use instead
 * ```yaml
 * Detector:
 *   Type: AWS::GuardDuty::Detector
 *   Properties:
 *     Enable: true
 *     FindingPublishingFrequency: FIFTEEN_MINUTES
 * ```
 *
 * ## Fix safety
 * Safe: enabling the detector starts analysis in place; GuardDuty is billed by the volume analysed.
 *
 * ## References
 * - https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-guardduty-detector.html
 */
export default defineRule({
  meta: {
    id: 'SW5619',
    name: 'guardduty-detector-disabled',
    family: 'guardduty',
    category: 'logging',
    severity: 'medium',
    description: 'GuardDuty detector is deployed disabled',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      isFalse: 'GuardDuty detector {{detector}} sets Enable to false: no threat detection runs',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html'],
    equivalents: { guard: ['GUARDDUTY_ENABLED_CENTRALIZED'], securityHub: ['GuardDuty.1'] },
    cdk: "new guardduty.CfnDetector(this, 'Detector', { enable: true })",
  },
  resource: {
    types: ['AWS::GuardDuty::Detector'],
    check(ctx) {
      for (const v of ctx.prop('Enable')) {
        if (v.missing || ctx.bool(v) !== 'false') continue;
        ctx.report({ at: v, messageId: 'isFalse', data: { detector: ctx.resource.logicalId }, fixes: fixable(v) ? helpers.fix('Set Enable: true', 'safe', helpers.setAt(ctx, v, 'Enable', true)) : undefined });
      }
    },
  },
});
