import { type Variant, defineRule, isSeq, str } from '../api';

/**
 * ## What it does
 * Flags an `AWS::Glue::SecurityConfiguration` that leaves a kind of Glue output unencrypted: an
 * `S3Encryptions` entry with `S3EncryptionMode: DISABLED` (or no S3 encryption at all), a
 * `CloudWatchEncryption` or `JobBookmarksEncryption` mode of `DISABLED` or missing.
 *
 * ## Why it matters
 * Glue jobs, crawlers and development endpoints that use the security configuration write data to S3,
 * logs to CloudWatch Logs and job bookmarks. Each kind is encrypted only when its mode is set; logs and
 * bookmarks often contain data samples and source locations.
 *
 * ## Example
 * ```yaml
 * GlueSecurity:
 *   Type: AWS::Glue::SecurityConfiguration
 *   Properties:
 *     Name: etl
 *     EncryptionConfiguration:
 *       S3Encryptions:
 *         - S3EncryptionMode: DISABLED
 * ```
 *
 * ## Use instead
 * ```yaml
 * GlueSecurity:
 *   Type: AWS::Glue::SecurityConfiguration
 *   Properties:
 *     Name: etl
 *     EncryptionConfiguration:
 *       S3Encryptions:
 *         - S3EncryptionMode: SSE-KMS
 *           KmsKeyArn: !GetAtt GlueKey.Arn
 *       CloudWatchEncryption:
 *         CloudWatchEncryptionMode: SSE-KMS
 *         KmsKeyArn: !GetAtt GlueKey.Arn
 *       JobBookmarksEncryption:
 *         JobBookmarksEncryptionMode: CSE-KMS
 *         KmsKeyArn: !GetAtt GlueKey.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: the modes need KMS keys whose policies admit the Glue role (and, for CloudWatch,
 * the logs service), and a security configuration is replaced when changed.
 *
 * ## References
 * - https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-glue-securityconfiguration-encryptionconfiguration.html
 */
export default defineRule({
  meta: {
    id: 'SW5038',
    name: 'glue-security-configuration-encryption-disabled',
    family: 'glue',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'Glue security configuration leaves S3 data, logs or job bookmarks unencrypted',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      disabled: 'Glue security configuration {{config}} does not encrypt {{what}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html'],
    equivalents: { checkov: ['CKV_AWS_99'] },
  },
  resource: {
    types: ['AWS::Glue::SecurityConfiguration'],
    check(ctx) {
      const config = ctx.resource.logicalId;
      const off = (variants: Variant[], what: string): void => {
        for (const v of variants) {
          if (v.missing || (str(v.node) ?? '').toUpperCase() === 'DISABLED') ctx.report({ at: v, messageId: 'disabled', data: { config, what } });
        }
      };
      for (const list of ctx.prop('EncryptionConfiguration.S3Encryptions')) {
        const items = list.missing ? [] : ctx.lookup(list.node, '*').filter((i) => !i.missing);
        // No S3Encryptions entry (absent or an empty list) means S3 output is not encrypted by Glue.
        if (items.length === 0 && (list.missing || isSeq(list.node))) {
          ctx.report({ at: list, messageId: 'disabled', data: { config, what: 'data written to S3' } });
          continue;
        }
        for (const item of items) {
          for (const mode of ctx.lookup(item.node, 'S3EncryptionMode')) {
            if (mode.missing || (str(mode.node) ?? '').toUpperCase() === 'DISABLED') ctx.report({ at: mode, messageId: 'disabled', data: { config, what: 'data written to S3' }, conditions: [...list.conditions, ...item.conditions] });
          }
        }
      }
      off(ctx.prop('EncryptionConfiguration.CloudWatchEncryption.CloudWatchEncryptionMode'), 'CloudWatch logs');
      off(ctx.prop('EncryptionConfiguration.JobBookmarksEncryption.JobBookmarksEncryptionMode'), 'job bookmarks');
    },
  },
});
