import { defineRule, helpers } from '../api';

/**
 * ## What it does
 * Flags an `AWS::DMS::ReplicationInstance` with `PubliclyAccessible: true`, or without
 * `PubliclyAccessible`: unlike most services, DMS makes replication instances public by default.
 *
 * ## Why it matters
 * A public replication instance has a public IP address while it holds open connections, and often
 * credentials, to your source and target databases. Replication traffic rarely needs the internet:
 * keep the instance in private subnets and reach on-premises sources over VPN or Direct Connect.
 *
 * ## Example
 * ```yaml
 * Replicator:
 *   Type: AWS::DMS::ReplicationInstance
 *   Properties:
 *     ReplicationInstanceClass: dms.t3.medium
 * ```
 *
 * ## Use instead
 * ```yaml
 * Replicator:
 *   Type: AWS::DMS::ReplicationInstance
 *   Properties:
 *     ReplicationInstanceClass: dms.t3.medium
 *     ReplicationSubnetGroupIdentifier: !Ref PrivateSubnets
 *     PubliclyAccessible: false
 * ```
 *
 * ## Fix safety
 * Unsafe: changing `PubliclyAccessible` replaces the replication instance, which interrupts running
 * tasks, and sources reached over the internet become unreachable.
 *
 * ## References
 * - https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dms-replicationinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5409',
    name: 'dms-replication-instance-publicly-accessible',
    family: 'dms',
    category: 'public-access',
    severity: 'high',
    description: 'DMS replication instance is publicly accessible (the default)',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'DMS replication instance {{instance}} does not set PubliclyAccessible, which defaults to true: it gets a public IP address',
      public: 'DMS replication instance {{instance}} sets PubliclyAccessible to true: it gets a public IP address',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.PublicPrivate.html'],
    equivalents: { checkov: ['CKV_AWS_89'], cfnNag: ['W91'], guard: ['DMS_REPLICATION_NOT_PUBLIC'], securityHub: ['DMS.1'] },
    cdk: 'publiclyAccessible: false',
  },
  resource: {
    types: ['AWS::DMS::ReplicationInstance'],
    check(ctx) {
      const instance = ctx.resource.logicalId;
      for (const v of ctx.prop('PubliclyAccessible')) {
        const fixes = v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set PubliclyAccessible: false (replaces the replication instance)', 'unsafe', helpers.setAt(ctx, v, 'PubliclyAccessible', false));
        if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { instance }, fixes });
        else if (ctx.bool(v) === 'true') ctx.report({ at: v, messageId: 'public', data: { instance }, fixes });
      }
    },
  },
});
