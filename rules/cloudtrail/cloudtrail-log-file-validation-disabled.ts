import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a CloudTrail trail whose `EnableLogFileValidation` is missing or false.
 *
 * ## Why it matters
 * With validation on, CloudTrail delivers a signed digest file every hour. Without it nobody can prove
 * that log files in the bucket were not edited or deleted after delivery, which is exactly what an
 * intruder with bucket access would do, and what an investigation or auditor needs to rule out.
 *
 * ## Example
 * ```yaml
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: true
 *     S3BucketName: !Ref TrailBucket
 * ```
 *
 * ## Use instead
 * ```yaml
 * Trail:
 *   Type: AWS::CloudTrail::Trail
 *   Properties:
 *     IsLogging: true
 *     EnableLogFileValidation: true
 *     S3BucketName: !Ref TrailBucket
 * ```
 *
 * ## Fix safety
 * Safe: digest files are added next to the logs; nothing else changes and there is no extra charge.
 *
 * ## References
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html
 */
export default defineRule({
  meta: {
    id: 'SW5603',
    name: 'cloudtrail-log-file-validation-disabled',
    family: 'cloudtrail',
    category: 'logging',
    severity: 'medium',
    description: 'CloudTrail trail does not validate the integrity of its log files',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'CloudTrail trail {{trail}} does not set EnableLogFileValidation: tampering with its logs cannot be detected',
      isFalse: 'CloudTrail trail {{trail}} sets EnableLogFileValidation to false: tampering with its logs cannot be detected',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html'],
    equivalents: { checkov: ['CKV_AWS_36'], guard: ['CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED'], trivy: ['AVD-AWS-0016'], securityHub: ['CloudTrail.4'], cis: ['3.2'] },
    cdk: 'enableFileValidation: true',
  },
  resource: {
    types: ['AWS::CloudTrail::Trail'],
    check(ctx) {
      helpers.requireTrue(ctx, 'EnableLogFileValidation', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { trail: ctx.resource.logicalId },
        fix: (v) => (fixable(v) ? helpers.fix('Set EnableLogFileValidation: true', 'safe', helpers.setAt(ctx, v, 'EnableLogFileValidation', true)) : undefined),
      });
    },
  },
});
