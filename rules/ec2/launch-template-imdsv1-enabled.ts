import { defineRule } from '../api';
import { checkImdsOptions } from '../lib/network';

/**
 * ## What it does
 * Flags an `AWS::EC2::LaunchTemplate` whose `LaunchTemplateData.MetadataOptions.HttpTokens` is
 * missing or `optional`, which leaves the instance metadata service answering IMDSv1 requests.
 * Templates that disable the metadata endpoint (`HttpEndpoint: disabled`) are not flagged. An AMI
 * registered with `ImdsSupport: v2.0` or an account-level IMDS default can override the missing
 * value; the template alone cannot show that.
 *
 * ## Why it matters
 * IMDSv1 answers any unauthenticated GET to 169.254.169.254, so a server-side request forgery bug
 * in an application (the Capital One breach) hands the instance role's credentials to an attacker.
 * IMDSv2 requires a session token obtained with a PUT that SSRF payloads can rarely make.
 *
 * ## Example
 * ```yaml
 * Template:
 *   Type: AWS::EC2::LaunchTemplate
 *   Properties:
 *     LaunchTemplateData:
 *       ImageId: !Ref AmiId
 *       InstanceType: t3.micro
 * ```
 *
 * ## Use instead
 * ```yaml
 *     LaunchTemplateData:
 *       ImageId: !Ref AmiId
 *       InstanceType: t3.micro
 *       MetadataOptions:
 *         HttpTokens: required
 * ```
 *
 * ## Fix safety
 * Unsafe: software that still reads metadata with IMDSv1 (old SDKs and agents, some scripts) stops
 * getting credentials and instance data. Containers that read IMDS may also need
 * `HttpPutResponseHopLimit: 2`.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-launchtemplate-metadataoptions.html
 */
export default defineRule({
  meta: {
    id: 'SW5305',
    name: 'launch-template-imdsv1-enabled',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'medium',
    description: 'Launch template leaves IMDSv1 enabled (HttpTokens not required)',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Launch template {{name}} does not set MetadataOptions.HttpTokens to required: IMDSv1 stays enabled (default optional)',
      optional: 'Launch template {{name}} sets HttpTokens to optional: IMDSv1 is enabled',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html'],
    equivalents: { securityHub: ['EC2.170'], trivy: ['AVD-AWS-0130'] },
    cdk: 'requireImdsv2: true',
  },
  resource: {
    types: ['AWS::EC2::LaunchTemplate'],
    check(ctx) {
      for (const data of ctx.prop('LaunchTemplateData')) {
        if (data.missing || !data.node) continue;
        checkImdsOptions(ctx, ctx.lookup(data.node, 'MetadataOptions'), (at, messageId, fixes) => ctx.report({ at, messageId, data: { name: ctx.resource.logicalId }, fixes }));
      }
    },
  },
});
