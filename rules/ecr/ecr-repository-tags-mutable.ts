import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an ECR repository whose `ImageTagMutability` is missing (ECR's default is `MUTABLE`) or
 * `MUTABLE`. `IMMUTABLE` and `IMMUTABLE_WITH_EXCLUSION` pass.
 *
 * ## Why it matters
 * With mutable tags, anyone who can push can replace the image behind `v1.4.2` or `prod`, and every
 * service that pulls the tag silently runs the new image. Immutable tags make a tag mean one image
 * forever, so a deployment can be audited and rolled back, and a stolen push credential cannot
 * poison a released version.
 *
 * ## Example
 * ```yaml
 * Repo:
 *   Type: AWS::ECR::Repository
 *   Properties:
 *     RepositoryName: web
 * ```
 *
 * ## Use instead
 * ```yaml
 *     ImageTagMutability: IMMUTABLE
 * ```
 *
 * ## Fix safety
 * Unsafe: pipelines that re-push a moving tag such as `latest` start failing.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-repository.html
 */
export default defineRule({
  meta: {
    id: 'SW5706',
    name: 'ecr-repository-tags-mutable',
    family: 'ecr',
    category: 'resilience',
    severity: 'low',
    description: 'ECR repository lets pushed image tags be overwritten',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'ECR repository {{repo}} does not set ImageTagMutability (defaults to MUTABLE): a push can replace the image behind an existing tag',
      mutable: 'ECR repository {{repo}} sets ImageTagMutability to MUTABLE: a push can replace the image behind an existing tag',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html'],
    equivalents: { checkov: ['CKV_AWS_51'], trivy: ['AVD-AWS-0031'], securityHub: ['ECR.2'] },
    cdk: 'imageTagMutability: ecr.TagMutability.IMMUTABLE',
  },
  resource: {
    types: ['AWS::ECR::Repository'],
    check(ctx) {
      const repo = ctx.resource.logicalId;
      for (const v of ctx.prop('ImageTagMutability')) {
        const fixes = fixable(v) ? helpers.fix('Set ImageTagMutability: IMMUTABLE', 'unsafe', helpers.setAt(ctx, v, 'ImageTagMutability', 'IMMUTABLE')) : undefined;
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { repo }, fixes });
        else if (ctx.value(v) === 'MUTABLE') ctx.report({ at: v, messageId: 'mutable', data: { repo }, fixes });
      }
    },
  },
});
