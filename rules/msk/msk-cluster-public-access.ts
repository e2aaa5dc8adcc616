import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::MSK::Cluster` whose `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type` is
 * `SERVICE_PROVIDED_EIPS`, which gives every broker an Elastic IP address reachable from the internet.
 *
 * ## Why it matters
 * Public brokers are exposed to the whole internet, protected only by the client authentication MSK
 * requires for public access (IAM, SASL/SCRAM or mutual TLS) and the security group. Producers and
 * consumers outside AWS are better served by PrivateLink, VPN or a proxy than by public brokers.
 *
 * ## Example
 * ```yaml
 * Kafka:
 *   Type: AWS::MSK::Cluster
 *   Properties:
 *     BrokerNodeGroupInfo:
 *       ConnectivityInfo:
 *         PublicAccess:
 *           Type: SERVICE_PROVIDED_EIPS
 * ```
 *
 * ## Use instead
 * ```yaml
 *     BrokerNodeGroupInfo:
 *       ConnectivityInfo:
 *         PublicAccess:
 *           Type: DISABLED
 * ```
 *
 * ## Fix safety
 * Unsafe: clients that connect through the public broker addresses lose access.
 *
 * ## References
 * - https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-publicaccess.html
 */
export default defineRule({
  meta: {
    id: 'SW5413',
    name: 'msk-cluster-public-access',
    family: 'msk',
    category: 'public-access',
    severity: 'medium',
    description: 'MSK cluster brokers have public IP addresses',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      public: 'MSK cluster {{cluster}} turns on public access (SERVICE_PROVIDED_EIPS): every broker is reachable from the internet',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/public-access.html'],
    equivalents: {},
  },
  resource: {
    types: ['AWS::MSK::Cluster'],
    check(ctx) {
      for (const v of ctx.prop('BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type')) {
        if (v.missing || helpers.asString(ctx.value(v)) !== 'SERVICE_PROVIDED_EIPS') continue;
        ctx.report({
          at: v,
          messageId: 'public',
          data: { cluster: ctx.resource.logicalId },
          fixes: v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set PublicAccess Type: DISABLED', 'unsafe', helpers.setAt(ctx, v, 'Type', 'DISABLED')),
        });
      }
    },
  },
});
