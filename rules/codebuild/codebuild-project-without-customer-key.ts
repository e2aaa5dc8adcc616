import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::CodeBuild::Project` without an `EncryptionKey`, or whose `EncryptionKey` is the AWS
 * managed `alias/aws/s3` key.
 *
 * ## Why it matters
 * CodeBuild encrypts build artifacts, caches and S3 logs with `EncryptionKey`; without it the AWS
 * managed S3 key is used. That key cannot be restricted by a key policy of your own, so anyone with S3
 * read access to the artifact bucket in the account can read build outputs (which often contain
 * packaged secrets or deployable code). Data is encrypted either way: low severity.
 *
 * ## Example
 * ```yaml
 * Build:
 *   Type: AWS::CodeBuild::Project
 *   Properties:
 *     ServiceRole: !GetAtt BuildRole.Arn
 *     Artifacts: { Type: CODEPIPELINE }
 *     Source: { Type: CODEPIPELINE }
 *     Environment:
 *       Type: LINUX_CONTAINER
 *       ComputeType: BUILD_GENERAL1_SMALL
 *       Image: aws/codebuild/standard:7.0
 * ```
 *
 * ## Use instead
 * ```yaml
 * Build:
 *   Type: AWS::CodeBuild::Project
 *   Properties:
 *     EncryptionKey: !GetAtt ArtifactKey.Arn
 *     ServiceRole: !GetAtt BuildRole.Arn
 *     Artifacts: { Type: CODEPIPELINE }
 *     Source: { Type: CODEPIPELINE }
 *     Environment:
 *       Type: LINUX_CONTAINER
 *       ComputeType: BUILD_GENERAL1_SMALL
 *       Image: aws/codebuild/standard:7.0
 * ```
 *
 * ## Fix safety
 * No automatic fix: the key's policy must let the build role (and the pipeline, and every consumer of
 * the artifacts) use it.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-codebuild-project.html
 * - https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5009',
    name: 'codebuild-project-without-customer-key',
    family: 'codebuild',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'CodeBuild project does not encrypt artifacts with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'CodeBuild project {{project}} sets no EncryptionKey: artifacts and logs use the AWS managed S3 key',
      awsManaged: 'CodeBuild project {{project}} uses the AWS managed key {{key}}: use a customer managed key',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_147'], cfnNag: ['W32'] },
    cdk: 'encryptionKey: key',
  },
  resource: {
    types: ['AWS::CodeBuild::Project'],
    check(ctx) {
      requireCustomerKey(ctx, 'EncryptionKey', { missing: 'missing', awsManaged: 'awsManaged' }, { project: ctx.resource.logicalId });
    },
  },
});
