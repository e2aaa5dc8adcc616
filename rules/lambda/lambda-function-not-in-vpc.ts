import { defineRule, isSeq } from '../api';

/**
 * ## What it does
 * Flags an `AWS::Lambda::Function` without `VpcConfig` (or with an empty `SubnetIds` list). This is
 * informational: most functions that only call AWS APIs do not need a VPC, and attaching one adds
 * NAT or VPC-endpoint plumbing. It matters for functions that handle data you want to keep on
 * private network paths or behind egress controls.
 *
 * ## Why it matters
 * A function outside a VPC always has unrestricted outbound internet access, which security groups,
 * NACLs, VPC flow logs and network firewalls cannot see or limit. Code that is compromised (a
 * vulnerable dependency) can send data anywhere.
 *
 * ## Example
 * ```yaml
 * Worker:
 *   Type: AWS::Lambda::Function
 *   Properties:
 *     Runtime: python3.12
 *     Handler: app.handler
 *     Role: !GetAtt WorkerRole.Arn
 *     Code: { ZipFile: "def handler(e, c): pass" }
 * ```
 *
 * ## Use instead
 * ```yaml
 *     VpcConfig:
 *       SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
 *       SecurityGroupIds: [!Ref WorkerSg]
 * ```
 *
 * ## Fix safety
 * No automatic fix: it needs subnets, security groups, a route to the AWS APIs the function calls,
 * and `ec2:CreateNetworkInterface` permissions on the role.
 *
 * ## References
 * - https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html
 * - https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-3
 */
export default defineRule({
  meta: {
    id: 'SW5309',
    name: 'lambda-function-not-in-vpc',
    family: 'lambda',
    category: 'network-exposure',
    severity: 'info',
    description: 'Lambda function runs outside a VPC, with unrestricted outbound internet access',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      noVpc: 'Lambda function {{fn}} has no VpcConfig: its outbound traffic bypasses VPC controls (fine for many functions)',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html'],
    equivalents: { checkov: ['CKV_AWS_117'], cfnNag: ['W89'], securityHub: ['Lambda.3'], guard: ['LAMBDA_INSIDE_VPC'] },
    cdk: 'vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }',
  },
  resource: {
    types: ['AWS::Lambda::Function'],
    check(ctx) {
      for (const v of ctx.prop('VpcConfig')) {
        if (!v.missing) {
          const subnets = ctx.lookup(v.node, 'SubnetIds');
          // An explicitly empty list detaches the function from its VPC.
          if (!subnets.some((s) => !s.missing && isSeq(s.node) && s.node.items.length === 0)) continue;
        }
        ctx.report({ at: v, messageId: 'noVpc', data: { fn: ctx.resource.logicalId } });
      }
    },
  },
});
