import { defineRule } from '../api';
import { reportPublicPolicies } from '../lib/public-access';

/**
 * ## What it does
 * Flags an `AWS::ECR::Repository` whose `RepositoryPolicyText` has an `Allow` statement for any
 * principal (`Principal: "*"` or `{AWS: "*"}`), or an `Allow` with `NotPrincipal`, that no Condition
 * narrows (`aws:PrincipalOrgID`, `aws:SourceAccount`, `aws:SourceArn`…).
 *
 * ## Why it matters
 * Anyone with an AWS account can pull the images (and the code, configuration and sometimes secrets
 * baked into them); with push actions they can replace images that your services then run. Public
 * images belong in ECR Public, which is built for that.
 *
 * ## Example
 * ```yaml
 * Repo:
 *   Type: AWS::ECR::Repository
 *   Properties:
 *     RepositoryPolicyText:
 *       Statement:
 *         - Effect: Allow
 *           Principal: "*"
 *           Action: [ecr:GetDownloadUrlForLayer, ecr:BatchGetImage]
 * ```
 *
 * ## Use instead
 * ```yaml
 *         - Effect: Allow
 *           Principal: "*"
 *           Action: [ecr:GetDownloadUrlForLayer, ecr:BatchGetImage]
 *           Condition:
 *             StringEquals:
 *               aws:PrincipalOrgID: o-a1b2c3d4e5
 * ```
 *
 * ## Fix safety
 * No automatic fix: only the author knows who should pull or push.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html
 * - https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html
 */
export default defineRule({
  meta: {
    id: 'SW5405',
    name: 'ecr-repository-policy-public',
    family: 'ecr',
    category: 'public-access',
    severity: 'high',
    description: 'ECR repository policy allows any principal without a narrowing condition',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      anyone: 'Repository policy of ECR repository {{repo}} lets any principal in any account (Principal "*") perform {{actions}}{{sid}}',
      notPrincipal: 'Repository policy of ECR repository {{repo}} allows {{actions}} to everyone except the NotPrincipal list{{sid}}',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html'],
    equivalents: { checkov: ['CKV_AWS_32'], trivy: ['AVD-AWS-0032'] },
  },
  resource: {
    types: ['AWS::ECR::Repository'],
    check(ctx) {
      reportPublicPolicies(ctx, { repo: ctx.resource.logicalId });
    },
  },
});
