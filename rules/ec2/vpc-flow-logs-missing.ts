import { defineRule } from '../api';

/**
 * ## What it does
 * Flags an `AWS::EC2::VPC` for which the template defines no `AWS::EC2::FlowLog` whose
 * `ResourceId` refers to it. A flow log on a literal VPC id or a parameter cannot be the VPC this
 * stack creates, so it does not count; flow logs on single subnets or network interfaces do not
 * cover the whole VPC either.
 *
 * ## Why it matters
 * Flow logs are the only record of which addresses talked to which ports inside a VPC. Without them,
 * data exfiltration, lateral movement and a compromised instance calling out are invisible, and
 * incident responders have nothing to go on. GuardDuty's VPC analysis also works best alongside them.
 *
 * ## Example
 * ```yaml
 * Vpc:
 *   Type: AWS::EC2::VPC
 *   Properties:
 *     CidrBlock: 10.0.0.0/16
 * ```
 *
 * ## Use instead
 * ```yaml
 * Vpc:
 *   Type: AWS::EC2::VPC
 *   Properties:
 *     CidrBlock: 10.0.0.0/16
 * VpcFlowLog:
 *   Type: AWS::EC2::FlowLog
 *   Properties:
 *     ResourceId: !Ref Vpc
 *     ResourceType: VPC
 *     TrafficType: ALL
 *     LogDestinationType: s3
 *     LogDestination: !GetAtt FlowLogBucket.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: a flow log needs a destination (an S3 bucket, or a log group and a delivery role).
 *
 * ## References
 * - https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-flowlog.html
 */
export default defineRule({
  meta: {
    id: 'SW5605',
    name: 'vpc-flow-logs-missing',
    family: 'ec2',
    category: 'logging',
    severity: 'medium',
    description: 'VPC has no flow log in the template',
    appliesTo: ['cloudformation', 'cdk'],
    messages: {
      missing: 'VPC {{vpc}} has no AWS::EC2::FlowLog attached: traffic in and out of it is not recorded',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html'],
    equivalents: { checkov: ['CKV2_AWS_11'], cfnNag: ['W60'], guard: ['VPC_FLOW_LOGS_ENABLED'], trivy: ['AVD-AWS-0178'], securityHub: ['EC2.6'], cis: ['3.9'] },
    cdk: "vpc.addFlowLog('FlowLog') (or flowLogs: { … } on ec2.Vpc)",
  },
  resource: {
    types: ['AWS::EC2::VPC'],
    check(ctx) {
      const vpc = ctx.resource;
      const attached = ctx.referrers(vpc, 'AWS::EC2::FlowLog').some((fl) => ctx.lookup(fl.properties, 'ResourceId').some((v) => !v.missing && ctx.resolveRef(v.node) === vpc));
      if (!attached) ctx.report({ at: vpc.keyNode, messageId: 'missing', data: { vpc: vpc.logicalId } });
    },
  },
});
