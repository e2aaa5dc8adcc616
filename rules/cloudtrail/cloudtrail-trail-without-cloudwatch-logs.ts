import { defineRule } from '../api';

/**
 * ## What it does
 * Flags a CloudTrail trail that does not send its events to CloudWatch Logs
 * (`CloudWatchLogsLogGroupArn` missing).
 *
 * ## Why it matters
 * Logs that only land in S3 are read after the fact. Delivered to CloudWatch Logs, the same events can
 * drive metric filters and alarms (root login, IAM policy changes, console sign-in without MFA) within
 * minutes: the CIS monitoring controls all depend on it.
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
 *     S3BucketName: !Ref TrailBucket
 *     CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn
 *     CloudWatchLogsRoleArn: !GetAtt TrailLogsRole.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: delivery needs a log group and a role that CloudTrail can assume.
 *
 * ## References
 * - https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudtrail-trail.html
 */
export default defineRule({
  meta: {
    id: 'SW5604',
    name: 'cloudtrail-trail-without-cloudwatch-logs',
    family: 'cloudtrail',
    category: 'logging',
    severity: 'low',
    description: 'CloudTrail trail does not deliver events to CloudWatch Logs for alerting',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'CloudTrail trail {{trail}} has no CloudWatchLogsLogGroupArn: its events cannot drive metric filters or alarms',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html'],
    equivalents: { checkov: ['CKV2_AWS_10'], guard: ['CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED'], trivy: ['AVD-AWS-0162'], securityHub: ['CloudTrail.5'], cis: ['3.4'] },
    cdk: 'sendToCloudWatchLogs: true',
  },
  resource: {
    types: ['AWS::CloudTrail::Trail'],
    check(ctx) {
      for (const v of ctx.prop('CloudWatchLogsLogGroupArn')) {
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { trail: ctx.resource.logicalId } });
      }
    },
  },
});
