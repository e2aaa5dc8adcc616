import { defineRule } from '../api';
import { checkImdsOptions } from '../lib/network';

/**
 * ## What it does
 * Flags an `AWS::AutoScaling::LaunchConfiguration` whose `MetadataOptions.HttpTokens` is missing or
 * `optional`, so the instances it launches answer IMDSv1 requests. Configurations that disable the
 * metadata endpoint (`HttpEndpoint: disabled`) are not flagged; an AMI registered with
 * `ImdsSupport: v2.0` or an account-level default can override the missing value.
 *
 * ## Why it matters
 * IMDSv1 answers any unauthenticated GET to 169.254.169.254, so a server-side request forgery bug
 * in an application hands the instance role's credentials to an attacker. IMDSv2 requires a session
 * token obtained with a PUT that SSRF payloads can rarely make.
 *
 * ## Example
 * ```yaml
 * Config:
 *   Type: AWS::AutoScaling::LaunchConfiguration
 *   Properties:
 *     ImageId: !Ref AmiId
 *     InstanceType: t3.micro
 * ```
 *
 * ## Use instead
 * ```yaml
 *     MetadataOptions:
 *       HttpTokens: required
 * ```
 *
 * ## Fix safety
 * Unsafe: software that still reads metadata with IMDSv1 stops getting credentials, and a changed
 * launch configuration is replaced (new instances only pick it up on scale-out or refresh).
 *
 * ## References
 * - https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/autoscaling-controls.html#autoscaling-3
 */
export default defineRule({
  meta: {
    id: 'SW5306',
    name: 'launch-configuration-imdsv1-enabled',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'medium',
    description: 'Auto Scaling launch configuration leaves IMDSv1 enabled (HttpTokens not required)',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Launch configuration {{name}} does not set MetadataOptions.HttpTokens to required: IMDSv1 stays enabled (default optional)',
      optional: 'Launch configuration {{name}} sets HttpTokens to optional: IMDSv1 is enabled',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds'],
    equivalents: { securityHub: ['AutoScaling.3'], trivy: ['AVD-AWS-0130'], guard: ['AUTOSCALING_LAUNCHCONFIG_REQUIRES_IMDSV2'] },
  },
  resource: {
    types: ['AWS::AutoScaling::LaunchConfiguration'],
    check(ctx) {
      checkImdsOptions(ctx, ctx.prop('MetadataOptions'), (at, messageId, fixes) => ctx.report({ at, messageId, data: { name: ctx.resource.logicalId }, fixes }));
    },
  },
});
