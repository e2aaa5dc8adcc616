import { defineRule } from '../api';
import { below } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a Classic Load Balancer (`AWS::ElasticLoadBalancing::LoadBalancer`) without an
 * `AccessLoggingPolicy`, or whose policy sets `Enabled: false`.
 *
 * ## Why it matters
 * Access logs are the only record of the requests a load balancer forwarded: client addresses,
 * paths, latencies and status codes. Without them an attack on the application behind it cannot be
 * reconstructed.
 *
 * ## Example
 * ```yaml
 * Elb:
 *   Type: AWS::ElasticLoadBalancing::LoadBalancer
 *   Properties:
 *     Listeners:
 *       - LoadBalancerPort: '443'
 *         InstancePort: '8080'
 *         Protocol: HTTPS
 * ```
 *
 * ## Use instead
 * ```yaml
 *     AccessLoggingPolicy:
 *       Enabled: true
 *       S3BucketName: !Ref ElbLogs
 *       EmitInterval: 60
 * ```
 *
 * ## Fix safety
 * No automatic fix: logging needs a bucket whose policy lets Elastic Load Balancing write to it.
 *
 * ## References
 * - https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-elb-accessloggingpolicy.html
 */
export default defineRule({
  meta: {
    id: 'SW5607',
    name: 'elb-classic-access-logging-disabled',
    family: 'elb',
    category: 'logging',
    severity: 'low',
    description: 'Classic Load Balancer does not write access logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Classic Load Balancer {{lb}} has no AccessLoggingPolicy: requests are not logged',
      disabled: 'Classic Load Balancer {{lb}} sets AccessLoggingPolicy.Enabled to false: requests are not logged',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/access-log-collection.html'],
    equivalents: { checkov: ['CKV_AWS_92'], cfnNag: ['W26'], guard: ['ELB_LOGGING_ENABLED'], securityHub: ['ELB.5'] },
    cdk: 'accessLoggingPolicy: { enabled: true, s3BucketName: bucket.bucketName } (on CfnLoadBalancer)',
  },
  resource: {
    types: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    check(ctx) {
      const lb = ctx.resource.logicalId;
      for (const policy of ctx.prop('AccessLoggingPolicy')) {
        if (policy.missing) {
          ctx.report({ at: policy, messageId: 'missing', data: { lb } });
          continue;
        }
        for (const e of below(ctx, policy, 'Enabled')) {
          if (!e.missing && ctx.bool(e) === 'false') ctx.report({ at: e, messageId: 'disabled', data: { lb } });
        }
      }
    },
  },
});
