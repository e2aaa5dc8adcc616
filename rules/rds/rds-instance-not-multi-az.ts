import { defineRule, helpers, str } from '../api';
import { isAuroraMember, isReadReplica, setTrueFix } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an RDS DB instance whose `MultiAZ` is missing or false. Aurora member instances (Aurora
 * replicates storage across zones itself), read replicas, RDS Custom, and SQL Server Express and Web
 * editions (which cannot be Multi-AZ) are skipped.
 *
 * ## Why it matters
 * A Single-AZ instance goes down with its Availability Zone, and stays down during storage failures
 * and many maintenance operations. Multi-AZ keeps a synchronous standby in another zone and fails
 * over automatically, usually within a minute or two, without losing committed transactions.
 *
 * ## Example
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     DBInstanceClass: db.m6g.large
 * ```
 *
 * ## Use instead
 * ```yaml
 *     MultiAZ: true
 * ```
 *
 * ## Fix safety
 * Unsafe: the standby roughly doubles the instance cost, and converting an existing instance causes a
 * performance dip while the standby is created.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5704',
    name: 'rds-instance-not-multi-az',
    family: 'rds',
    category: 'resilience',
    severity: 'low',
    description: 'RDS instance runs in a single Availability Zone',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'RDS instance {{db}} does not set MultiAZ: an Availability Zone outage takes the database down',
      isFalse: 'RDS instance {{db}} sets MultiAZ to false: an Availability Zone outage takes the database down',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html'],
    equivalents: { checkov: ['CKV_AWS_157'], guard: ['RDS_MULTI_AZ_SUPPORT'], securityHub: ['RDS.5'] },
    cdk: 'multiAz: true',
  },
  resource: {
    types: ['AWS::RDS::DBInstance'],
    check(ctx) {
      if (isAuroraMember(ctx) || isReadReplica(ctx)) return;
      // RDS Custom engines and SQL Server Express and Web editions do not support Multi-AZ.
      const engine = (str(ctx.resource.properties?.get('Engine')) ?? '').toLowerCase();
      if (engine.startsWith('custom-') || engine === 'sqlserver-ex' || engine === 'sqlserver-web') return;
      helpers.requireTrue(ctx, 'MultiAZ', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { db: ctx.resource.logicalId },
        fix: (v) => setTrueFix(ctx, v, 'MultiAZ', 'Set MultiAZ: true (adds a standby, about twice the cost)', 'unsafe'),
      });
    },
  },
});
