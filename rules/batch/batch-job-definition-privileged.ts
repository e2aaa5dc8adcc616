import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an AWS Batch job definition whose container runs privileged: `ContainerProperties.Privileged`
 * or a multi-node `NodeProperties.NodeRangeProperties[].Container.Privileged` set to true.
 *
 * ## Why it matters
 * A privileged container gets root on the host: every device, every kernel capability, and the
 * ability to escape to the underlying EC2 instance and reach the other jobs running there and the
 * instance role's credentials. Batch jobs often process untrusted input, which makes that escape
 * path a real one.
 *
 * ## Example
 * ```yaml
 * Job:
 *   Type: AWS::Batch::JobDefinition
 *   Properties:
 *     Type: container
 *     ContainerProperties:
 *       Image: public.ecr.aws/amazonlinux/amazonlinux:2023
 *       Privileged: true
 * ```
 *
 * ## Use instead
 * ```yaml
 *     ContainerProperties:
 *       Image: public.ecr.aws/amazonlinux/amazonlinux:2023
 *       Privileged: false
 *       LinuxParameters:
 *         Devices: [{ HostPath: /dev/fuse }]   # grant only the device the job needs
 * ```
 *
 * ## Fix safety
 * Unsafe: jobs that rely on host devices or kernel capabilities stop working.
 *
 * ## References
 * - https://docs.aws.amazon.com/batch/latest/userguide/job_definition_parameters.html#ContainerProperties-privileged
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-batch-jobdefinition-containerproperties.html
 */
export default defineRule({
  meta: {
    id: 'SW5707',
    name: 'batch-job-definition-privileged',
    family: 'batch',
    category: 'iam-least-privilege',
    severity: 'high',
    description: 'AWS Batch job definition runs a privileged container',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      privileged: 'Batch job definition {{job}} runs its container privileged: the job gets root on the host instance',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/batch/latest/userguide/job_definition_parameters.html#ContainerProperties-privileged'],
    equivalents: { checkov: ['CKV_AWS_210'], cfnNag: ['W34'] },
    cdk: 'container: new batch.EcsEc2ContainerDefinition(this, "C", { privileged: false, … })',
  },
  resource: {
    types: ['AWS::Batch::JobDefinition'],
    check(ctx) {
      const job = ctx.resource.logicalId;
      const flags = [...ctx.prop('ContainerProperties.Privileged'), ...ctx.prop('NodeProperties.NodeRangeProperties.*.Container.Privileged')];
      for (const v of flags) {
        if (v.missing || ctx.bool(v) !== 'true') continue;
        ctx.report({ at: v, messageId: 'privileged', data: { job }, fixes: fixable(v) ? helpers.fix('Set Privileged: false', 'unsafe', helpers.setAt(ctx, v, 'Privileged', false)) : undefined });
      }
    },
  },
});
