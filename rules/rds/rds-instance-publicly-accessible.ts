import { defineRule, helpers, str } from '../api';

/**
 * ## What it does
 * Flags an RDS DB instance with `PubliclyAccessible: true`, and a non-Aurora instance that leaves
 * `PubliclyAccessible` unset without a `DBSubnetGroupName`: RDS then places it in the default VPC,
 * and makes it public when that VPC has an internet gateway, which default VPCs have. An unset value
 * with a DB subnet group is not flagged (it depends on the subnets' VPC, which the template may not
 * show), nor are Aurora cluster members, which default to private.
 *
 * ## Why it matters
 * A publicly accessible instance gets a public IP and a DNS name that resolves to it from the internet:
 * only its security group stands between the database port and every scanner on the internet, and
 * databases are a favourite target of credential stuffing and ransom attacks.
 *
 * ## Example
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     PubliclyAccessible: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     DBSubnetGroupName: !Ref PrivateSubnets
 *     PubliclyAccessible: false
 * ```
 *
 * ## Fix safety
 * Unsafe: setting `PubliclyAccessible: false` removes the public endpoint, and clients outside the VPC
 * lose access.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
 * - https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5407',
    name: 'rds-instance-publicly-accessible',
    family: 'rds',
    category: 'public-access',
    severity: 'high',
    description: 'RDS instance is, or by default becomes, reachable from the internet',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      public: 'RDS instance {{db}} sets PubliclyAccessible to true: it gets a public endpoint reachable from the internet',
      implicit: 'RDS instance {{db}} sets neither PubliclyAccessible nor DBSubnetGroupName: it is placed in the default VPC and made public when that VPC has an internet gateway (default VPCs do)',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding'],
    equivalents: { checkov: ['CKV_AWS_17'], cfnNag: ['F22'], guard: ['RDS_INSTANCE_PUBLIC_ACCESS_CHECK'], securityHub: ['RDS.2'] },
    cdk: 'publiclyAccessible: false',
  },
  resource: {
    types: ['AWS::RDS::DBInstance'],
    check(ctx) {
      const p = ctx.resource.properties;
      const db = ctx.resource.logicalId;
      const aurora = p?.has('DBClusterIdentifier') || (str(p?.get('Engine')) ?? '').startsWith('aurora');
      const fixFor = (v: import('../api').Variant) => (v.viaParameter || v.conditions.length > 0 ? undefined : helpers.fix('Set PubliclyAccessible: false (removes the public endpoint)', 'unsafe', helpers.setAt(ctx, v, 'PubliclyAccessible', false)));
      for (const v of ctx.prop('PubliclyAccessible')) {
        if (v.missing) {
          if (aurora) continue;
          // With a subnet group the outcome depends on that VPC; without one, on the default VPC.
          const subnets = ctx.prop('DBSubnetGroupName');
          if (subnets.some((s) => !s.missing)) continue;
          ctx.report({ at: v, messageId: 'implicit', data: { db }, fixes: fixFor(v) });
          continue;
        }
        if (ctx.bool(v) === 'true') ctx.report({ at: v, messageId: 'public', data: { db }, fixes: fixFor(v) });
      }
    },
  },
});
