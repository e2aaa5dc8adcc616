import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an ECR repository whose `ImageScanningConfiguration.ScanOnPush` is missing or false. When
 * the template also defines an `AWS::ECR::RegistryScanningConfiguration`, the registry-level
 * configuration decides scanning for every repository and the repository setting is ignored, so
 * nothing is reported.
 *
 * ## Why it matters
 * Scan on push checks every new image for known CVEs in its OS packages as soon as it lands, so a
 * vulnerable base image is caught before it is deployed rather than after an incident.
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
 * Repo:
 *   Type: AWS::ECR::Repository
 *   Properties:
 *     RepositoryName: web
 *     ImageScanningConfiguration:
 *       ScanOnPush: true
 * ```
 *
 * ## Fix safety
 * Safe: basic scanning is free and only adds findings; pushes are not blocked.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-imagescanningconfiguration.html
 */
export default defineRule({
  meta: {
    id: 'SW5705',
    name: 'ecr-repository-scan-on-push-disabled',
    family: 'ecr',
    category: 'resilience',
    severity: 'low',
    description: 'ECR repository does not scan images for vulnerabilities on push',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'ECR repository {{repo}} does not enable ScanOnPush: pushed images are not checked for known vulnerabilities',
      isFalse: 'ECR repository {{repo}} sets ScanOnPush to false: pushed images are not checked for known vulnerabilities',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html'],
    equivalents: { checkov: ['CKV_AWS_163'], cfnNag: ['W79'], guard: ['ECR_PRIVATE_IMAGE_SCANNING_ENABLED'], trivy: ['AVD-AWS-0030'], securityHub: ['ECR.1'] },
    cdk: 'imageScanOnPush: true',
  },
  resource: {
    types: ['AWS::ECR::Repository'],
    check(ctx) {
      if (ctx.resourcesOfType('AWS::ECR::RegistryScanningConfiguration').length > 0) return;
      const repo = ctx.resource.logicalId;
      for (const v of ctx.prop('ImageScanningConfiguration.ScanOnPush')) {
        if (!v.missing && ctx.bool(v) !== 'false') continue;
        const top = v.missing && (v.at === ctx.resource.node || v.at === ctx.resource.properties);
        const edit = top ? helpers.setProperty(ctx.resource, 'ImageScanningConfiguration', { ScanOnPush: true }) : helpers.setAt(ctx, v, 'ScanOnPush', true);
        ctx.report({ at: v, messageId: v.missing ? 'missing' : 'isFalse', data: { repo }, fixes: fixable(v) ? helpers.fix('Enable ScanOnPush', 'safe', edit) : undefined });
      }
    },
  },
});
