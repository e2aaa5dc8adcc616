import { type Variant, defineRule, helpers } from '../api';
import { lowerString, unsafeFix, within } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::CodeBuild::Project` that sets `EncryptionDisabled: true` on its S3 artifacts, on an S3
 * secondary artifact, or on its S3 build logs (`LogsConfig.S3Logs`). Artifacts of type `CODEPIPELINE`
 * are skipped: the pipeline's artifact store encrypts them.
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
      const flag = (variants: Variant[], messageId: string, what: string, outer: Variant | undefined): void => {
        for (const v of variants) {
          if (v.missing || ctx.bool(v) !== 'true') continue;
          const conditions = outer?.conditions ?? [];
          const plain = within(v, conditions, outer?.viaParameter);
          ctx.report({ at: v, messageId, data: { project, what }, conditions, fixes: unsafeFix(plain, 'Set EncryptionDisabled: false', helpers.setAt(ctx, v, 'EncryptionDisabled', false)) });
        }
      };
      // EncryptionDisabled means something only for S3 artifacts; with CODEPIPELINE artifacts the
      // pipeline's artifact store decides, so those are not reported.
      const artifacts = [...ctx.prop('Artifacts').map((v) => ({ v, what: 'artifacts' })), ...ctx.prop('SecondaryArtifacts.*').map((v) => ({ v, what: 'secondary artifacts' }))];
      for (const a of artifacts) {
        if (a.v.missing) continue;
        if (!ctx.lookup(a.v.node, 'Type').some((t) => lowerString(ctx, t) === 's3')) continue;
        flag(ctx.lookup(a.v.node, 'EncryptionDisabled'), 'artifacts', a.what, a.v);
      }
      flag(ctx.prop('LogsConfig.S3Logs.EncryptionDisabled'), 'logs', 'logs', undefined);
    },
  },
});
