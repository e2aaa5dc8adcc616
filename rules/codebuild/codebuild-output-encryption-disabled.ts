import { type Variant, defineRule, helpers } from '../api';
import { unsafeFix } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::CodeBuild::Project` that sets `EncryptionDisabled: true` on its artifacts, on a
 * secondary artifact, or on its S3 build logs (`LogsConfig.S3Logs`).
 *
 * ## Why it matters
 * `EncryptionDisabled` makes CodeBuild write that output to S3 without encrypting it with the project's
 * key. It exists for static-website style outputs; for anything else build outputs and logs, which
 * often contain configuration and credentials echoed by build steps, are stored without CodeBuild's
 * encryption (only the bucket's default encryption, if any, applies).
 *
 * ## Example
 * ```yaml
 * Build:
 *   Type: AWS::CodeBuild::Project
 *   Properties:
 *     Artifacts:
 *       Type: S3
 *       Location: !Ref ArtifactBucket
 *       EncryptionDisabled: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Build:
 *   Type: AWS::CodeBuild::Project
 *   Properties:
 *     Artifacts:
 *       Type: S3
 *       Location: !Ref ArtifactBucket
 *       EncryptionDisabled: false
 * ```
 *
 * ## Fix safety
 * Unsafe: consumers that read the artifacts or logs (a website bucket served publicly, another account)
 * then need permission to decrypt with the project's key.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-artifacts.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-codebuild-project-s3logsconfig.html
 */
export default defineRule({
  meta: {
    id: 'SW5010',
    name: 'codebuild-output-encryption-disabled',
    family: 'codebuild',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'CodeBuild project disables encryption of its artifacts or S3 logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      artifacts: 'CodeBuild project {{project}} sets EncryptionDisabled on its {{what}}: they are written to S3 without the project key',
      logs: 'CodeBuild project {{project}} sets EncryptionDisabled on its S3 build logs',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_78'], guard: ['CODEBUILD_PROJECT_ARTIFACT_ENCRYPTION', 'CODEBUILD_PROJECT_S3_LOGS_ENCRYPTED'], securityHub: ['CodeBuild.3'] },
  },
  resource: {
    types: ['AWS::CodeBuild::Project'],
    check(ctx) {
      const project = ctx.resource.logicalId;
      const flag = (variants: Variant[], messageId: string, what: string): void => {
        for (const v of variants) {
          if (v.missing || ctx.bool(v) !== 'true') continue;
          ctx.report({ at: v, messageId, data: { project, what }, fixes: unsafeFix(v, 'Set EncryptionDisabled: false', helpers.setAt(ctx, v, 'EncryptionDisabled', false)) });
        }
      };
      flag(ctx.prop('Artifacts.EncryptionDisabled'), 'artifacts', 'artifacts');
      flag(ctx.prop('SecondaryArtifacts.*.EncryptionDisabled'), 'artifacts', 'secondary artifacts');
      flag(ctx.prop('LogsConfig.S3Logs.EncryptionDisabled'), 'logs', 'logs');
    },
  },
});
