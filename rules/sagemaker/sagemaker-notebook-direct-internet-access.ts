import { defineRule, helpers } from '../api';
import { fixable, literal } from '../lib/network';

/**
 * ## What it does
 * Flags a SageMaker notebook instance (`AWS::SageMaker::NotebookInstance`) whose
 * `DirectInternetAccess` is missing (it defaults to `Enabled`) or `Enabled`.
 *
 * ## Why it matters
 * With direct internet access SageMaker attaches the notebook to a service-managed network with a
 * route to the internet, outside your VPC's security groups, NACLs and flow logs. Anyone who can
 * open the notebook (or code running in it) can download tools and send data out freely.
 *
 * ## Example
 * ```yaml
 * Notebook:
 *   Type: AWS::SageMaker::NotebookInstance
 *   Properties:
 *     InstanceType: ml.t3.medium
 *     RoleArn: !GetAtt NotebookRole.Arn
 * ```
 *
 * ## Use instead
 * ```yaml
 *     SubnetId: !Ref PrivateSubnet
 *     SecurityGroupIds: [!Ref NotebookSg]
 *     DirectInternetAccess: Disabled
 * ```
 *
 * ## Fix safety
 * Unsafe, and only offered when the notebook already has a `SubnetId` (required with `Disabled`):
 * package installs and downloads then need a NAT gateway or VPC endpoints, and the change replaces
 * the notebook instance.
 *
 * ## References
 * - https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-notebookinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5311',
    name: 'sagemaker-notebook-direct-internet-access',
    family: 'sagemaker',
    category: 'network-exposure',
    severity: 'medium',
    description: 'SageMaker notebook instance has direct internet access',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'SageMaker notebook {{notebook}} does not set DirectInternetAccess (defaults to Enabled)',
      enabled: 'SageMaker notebook {{notebook}} sets DirectInternetAccess to Enabled',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html'],
    equivalents: { checkov: ['CKV_AWS_122'], securityHub: ['SageMaker.2'], guard: ['SAGEMAKER_NOTEBOOK_NO_DIRECT_INTERNET_ACCESS'] },
  },
  resource: {
    types: ['AWS::SageMaker::NotebookInstance'],
    check(ctx) {
      const notebook = ctx.resource.logicalId;
      const inVpc = ctx.resource.properties?.has('SubnetId') ?? false;
      for (const v of ctx.prop('DirectInternetAccess')) {
        const fixes = inVpc && fixable(v) ? helpers.fix('Set DirectInternetAccess: Disabled (replaces the notebook)', 'unsafe', helpers.setAt(ctx, v, 'DirectInternetAccess', 'Disabled')) : undefined;
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { notebook }, fixes });
        else if (literal(ctx, v)?.toLowerCase() === 'enabled') ctx.report({ at: v, messageId: 'enabled', data: { notebook }, fixes });
      }
    },
  },
});
