import { defineRule, helpers } from '../api';
import { fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a Classic Load Balancer (`AWS::ElasticLoadBalancing::LoadBalancer`) whose `CrossZone` is
 * missing or false. Classic Load Balancers created through the API or CloudFormation have cross-zone
 * load balancing off unless it is set.
 *
 * ## Why it matters
 * Without cross-zone load balancing each load balancer node only sends traffic to instances in its
 * own zone. An uneven number of instances per zone overloads some of them, and a zone that loses its
 * instances keeps receiving its share of DNS traffic, which then fails.
 *
 * ## Example
 * ```yaml
 * Elb:
 *   Type: AWS::ElasticLoadBalancing::LoadBalancer
 *   Properties:
 *     Listeners: [{ LoadBalancerPort: '80', InstancePort: '80', Protocol: HTTP }]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     CrossZone: true
 * ```
 *
 * ## Fix safety
 * Safe: cross-zone load balancing is switched on in place with no interruption and no data charge
 * on Classic Load Balancers.
 *
 * ## References
 * - https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancing-loadbalancer.html
 */
export default defineRule({
  meta: {
    id: 'SW5721',
    name: 'elb-classic-cross-zone-disabled',
    family: 'elb',
    category: 'resilience',
    severity: 'low',
    description: 'Classic Load Balancer does not balance across Availability Zones',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Classic Load Balancer {{lb}} does not set CrossZone: each node only serves instances in its own zone',
      isFalse: 'Classic Load Balancer {{lb}} sets CrossZone to false: each node only serves instances in its own zone',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-disable-crosszone-lb.html'],
    equivalents: { guard: ['ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED'], securityHub: ['ELB.9'] },
    cdk: 'crossZone: true',
  },
  resource: {
    types: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    check(ctx) {
      helpers.requireTrue(ctx, 'CrossZone', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { lb: ctx.resource.logicalId },
        fix: (v) => (fixable(v) ? helpers.fix('Set CrossZone: true', 'safe', helpers.setAt(ctx, v, 'CrossZone', true)) : undefined),
      });
    },
  },
});
