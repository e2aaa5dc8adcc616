import { defineRule, helpers } from '../api';
import { dbKind, isAuroraMember, setTrueFix } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an RDS DB instance or DB cluster whose `DeletionProtection` is missing or false. Aurora
 * member instances are skipped: for Aurora the setting lives on the cluster.
 *
 * ## Why it matters
 * Deletion protection makes RDS refuse to delete the database, whoever asks: a console misclick, a
 * script with the wrong identifier, a stack deletion, or an attacker with `rds:DeleteDBInstance`.
 * Final snapshots can be skipped by the same caller, so without protection one API call can destroy
 * the data.
 *
 * ## Example
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     DBInstanceClass: db.t4g.micro
 * ```
 *
 * ## Use instead
 * ```yaml
 * Db:
 *   Type: AWS::RDS::DBInstance
 *   Properties:
 *     Engine: postgres
 *     DBInstanceClass: db.t4g.micro
 *     DeletionProtection: true
 * ```
 *
 * ## Fix safety
 * Safe: an in-place update with no downtime. Deleting the stack will then fail until protection is
 * turned off, which is the intent.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html
 */
export default defineRule({
  meta: {
    id: 'SW5702',
    name: 'rds-deletion-protection-disabled',
    family: 'rds',
    category: 'resilience',
    severity: 'medium',
    description: 'RDS instance or DB cluster can be deleted without turning off deletion protection first',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: '{{kind}} {{db}} does not set DeletionProtection: one API call or stack deletion removes the database',
      isFalse: '{{kind}} {{db}} sets DeletionProtection to false: one API call or stack deletion removes the database',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html#USER_DeletionProtection'],
    equivalents: { checkov: ['CKV_AWS_293', 'CKV_AWS_139'], cfnNag: ['F80'], guard: ['RDS_INSTANCE_DELETION_PROTECTION_ENABLED', 'RDS_CLUSTER_DELETION_PROTECTION_ENABLED'], trivy: ['AVD-AWS-0177'], securityHub: ['RDS.8', 'RDS.7'] },
    cdk: 'deletionProtection: true',
  },
  resource: {
    types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    check(ctx) {
      if (ctx.resource.type === 'AWS::RDS::DBInstance' && isAuroraMember(ctx)) return;
      helpers.requireTrue(ctx, 'DeletionProtection', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { db: ctx.resource.logicalId, kind: dbKind(ctx) },
        fix: (v) => setTrueFix(ctx, v, 'DeletionProtection', 'Set DeletionProtection: true'),
      });
    },
  },
});
