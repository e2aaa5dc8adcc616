import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a CloudTrail trail whose `IsLogging` is false: the trail exists but records nothing.
 *
 * ## Why it matters
 * A stopped trail looks like coverage in a template review while API activity goes unrecorded.
 * Stopping logging is also a classic step attackers take to cover their tracks, so a trail that is
 * deployed stopped hides both mistakes and intrusions.
 *
 * ## Example
 * ```yaml
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: false
 *     S3BucketName: !Ref TrailBucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: true
 *     S3BucketName: !Ref TrailBucket
 * ```
 *
 * ## Fix safety
 * Safe: setting `IsLogging: true` starts delivery to the bucket the trail already names; nothing is
 * replaced.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html
 */
export default defineRule({
  meta: {
    id: 'SW5601',
    name: 'cloudtrail-trail-not-logging',
    family: 'cloudtrail',
    category: 'logging',
    severity: 'medium',
    description: 'CloudTrail trail is deployed with logging stopped',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      isFalse: 'CloudTrail trail {{trail}} sets IsLogging to false: no API activity is recorded',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-turning-off-logging.html'],
    equivalents: { guard: ['CLOUD_TRAIL_ENABLED'], cis: ['3.1'] },
    cdk: 'new cloudtrail.Trail(this, "Trail") (logging starts on creation)',
  },
  resource: {
    types: ['AWS::CloudTrail::Trail'],
    check(ctx) {
      for (const v of ctx.prop('IsLogging')) {
        if (v.missing || ctx.bool(v) !== 'false') continue;
        ctx.report({ at: v, messageId: 'isFalse', data: { trail: ctx.resource.logicalId }, fixes: fixable(v) ? helpers.fix('Set IsLogging: true', 'safe', helpers.setAt(ctx, v, 'IsLogging', true)) : undefined });
      }
    },
  },
});
