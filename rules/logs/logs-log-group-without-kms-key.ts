import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::Logs::LogGroup` without a `KmsKeyId`.
 *
 * ## Why it matters
 * CloudWatch Logs always encrypts log data at rest, with keys it manages. A customer managed key adds
 * control: the key policy decides who can read the log events, and disabling the key makes them
 * unreadable. Worth it for logs that carry personal data or secrets; otherwise a low-severity
 * finding.
 *
 * ## Example
 * ```yaml
 * AppLogs:
 *   Type: AWS::Logs::LogGroup
 *   Properties:
 *     RetentionInDays: 90
 * ```
 *
 * ## Use instead
 * ```yaml
 * AppLogs:
 *   Type: AWS::Logs::LogGroup
 *   Properties:
 *     RetentionInDays: 90
 *     KmsKeyId: !GetAtt LogsKey.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: the key policy must allow the `logs.<region>.amazonaws.com` service principal, or
 * the update fails.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html
 * - https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
 */
export default defineRule({
  meta: {
    id: 'SW5022',
    name: 'logs-log-group-without-kms-key',
    family: 'logs',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'CloudWatch Logs log group is not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Log group {{group}} sets no KmsKeyId: its events are encrypted only with keys CloudWatch Logs manages',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html'],
    equivalents: { checkov: ['CKV_AWS_158'], cfnNag: ['W84'], guard: ['CLOUDWATCH_LOG_GROUP_ENCRYPTED'], trivy: ['AVD-AWS-0017'] },
    cdk: 'encryptionKey: key',
  },
  resource: {
    types: ['AWS::Logs::LogGroup'],
    check(ctx) {
      requireCustomerKey(ctx, 'KmsKeyId', { missing: 'missing' }, { group: ctx.resource.logicalId });
    },
  },
});
