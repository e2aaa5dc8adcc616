import { type Fix, type Json, defineRule, helpers } from '../api';
import { fixable } from '../lib/network';

/**
 * ## What it does
 * Flags an `AWS::EC2::Instance` launched without a `LaunchTemplate`. `AWS::EC2::Instance` has no
 * metadata options of its own, so without a launch template that sets `HttpTokens: required` the
 * instance accepts IMDSv1 requests, unless its AMI is registered with `ImdsSupport: v2.0` or the
 * account's IMDS defaults require tokens (neither is visible in the template, hence the low
 * severity). Instances that do use a launch template are judged through it by
 * `launch-template-imdsv1-enabled`.
 *
 * ## Why it matters
 * IMDSv1 answers any unauthenticated GET to 169.254.169.254, so a server-side request forgery bug
 * in an application hands the instance role's credentials to an attacker. IMDSv2 needs a session
 * token obtained with a PUT request that SSRF payloads can rarely make.
 *
 * ## Example
 * ```yaml
 * Web:
 *   Type: AWS::EC2::Instance
 *   Properties:
 *     ImageId: !Ref AmiId
 *     InstanceType: t3.micro
 * ```
 *
 * ## Use instead
 * ```yaml
 * WebLaunchTemplate:
 *   Type: AWS::EC2::LaunchTemplate
 *   Properties:
 *     LaunchTemplateData:
 *       MetadataOptions:
 *         HttpTokens: required
 * Web:
 *   Type: AWS::EC2::Instance
 *   Properties:
 *     ImageId: !Ref AmiId
 *     InstanceType: t3.micro
 *     LaunchTemplate:
 *       LaunchTemplateId: !Ref WebLaunchTemplate
 *       Version: !GetAtt WebLaunchTemplate.LatestVersionNumber
 * ```
 *
 * ## Fix safety
 * Unsafe: adding a launch template replaces the instance, and software that still uses IMDSv1
 * stops getting credentials.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8
 */
export default defineRule({
  meta: {
    id: 'SW5307',
    name: 'ec2-instance-imdsv1-enabled',
    family: 'ec2',
    category: 'network-exposure',
    severity: 'low',
    description: 'EC2 instance has no launch template requiring IMDSv2',
    // Not 'account': a live instance's metadata options are not part of its CloudFormation shape, so
    // the absence of a LaunchTemplate there proves nothing.
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      noTemplate: 'EC2 instance {{instance}} has no LaunchTemplate requiring IMDSv2: IMDSv1 stays enabled unless the AMI or account defaults require tokens',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html'],
    equivalents: { securityHub: ['EC2.8'], trivy: ['AVD-AWS-0028'], guard: ['EC2_IMDSV2_CHECK'] },
    cdk: 'requireImdsv2: true',
  },
  resource: {
    types: ['AWS::EC2::Instance'],
    check(ctx) {
      const instance = ctx.resource.logicalId;
      for (const v of ctx.prop('LaunchTemplate')) {
        if (!v.missing) continue;
        const simple = fixable(v) && !ctx.resource.properties?.has('LaunchTemplate');
        ctx.report({ at: v, messageId: 'noTemplate', data: { instance }, fixes: simple ? templateFix(instance, ctx.resource.properties === undefined ? undefined : helpers.setProperty(ctx.resource, 'LaunchTemplate', ref(instance))) : undefined });
      }
    },
  },
});

const ref = (instance: string): Json => ({ LaunchTemplateId: { Ref: `${instance}LaunchTemplate` }, Version: { 'Fn::GetAtt': [`${instance}LaunchTemplate`, 'LatestVersionNumber'] } });

function templateFix(instance: string, set: ReturnType<typeof helpers.setProperty>): Fix[] | undefined {
  if (!set) return undefined;
  const template: Json = { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' } } } };
  return [{ title: 'Add a launch template that requires IMDSv2 (replaces the instance)', safety: 'unsafe', edits: [{ op: 'add-top-level', section: 'Resources', key: `${instance}LaunchTemplate`, value: template }, set] }];
}
