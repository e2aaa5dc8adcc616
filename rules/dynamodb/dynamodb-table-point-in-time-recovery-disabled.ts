import { defineRule, helpers, isMap } from '../api';
import { below, fixable } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags a DynamoDB table whose `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled` is
 * missing or false, and each replica of an `AWS::DynamoDB::GlobalTable` that does not enable it.
 *
 * ## Why it matters
 * Point-in-time recovery keeps continuous backups for 35 days, so a table can be restored to any
 * second before a bad deployment, a buggy batch job or a malicious delete wiped its items. Without
 * it, the only way back is an on-demand backup someone remembered to take.
 *
 * ## Example
 * ```yaml
 * Orders:
 *   Type: AWS::DynamoDB::Table
 *   Properties:
 *     BillingMode: PAY_PER_REQUEST
 *     KeySchema: [{ AttributeName: id, KeyType: HASH }]
 *     AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
 * ```
 *
 * ## Use instead
 * ```yaml
 *     PointInTimeRecoverySpecification:
 *       PointInTimeRecoveryEnabled: true
 * ```
 *
 * ## Fix safety
 * Safe: enabling PITR is an in-place update with no downtime; it adds backup storage cost.
 *
 * ## References
 * - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-pointintimerecoveryspecification.html
 */
export default defineRule({
  meta: {
    id: 'SW5700',
    name: 'dynamodb-table-point-in-time-recovery-disabled',
    family: 'dynamodb',
    category: 'resilience',
    severity: 'medium',
    description: 'DynamoDB table has point-in-time recovery off',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'DynamoDB table {{table}} does not enable point-in-time recovery: deleted or overwritten items cannot be restored',
      isFalse: 'DynamoDB table {{table}} sets PointInTimeRecoveryEnabled to false: deleted or overwritten items cannot be restored',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html'],
    equivalents: { checkov: ['CKV_AWS_28'], cfnNag: ['W78'], guard: ['DYNAMODB_PITR_ENABLED'], trivy: ['AVD-AWS-0024'], securityHub: ['DynamoDB.2'] },
    cdk: 'pointInTimeRecovery: true',
  },
  resource: {
    types: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
    check(ctx) {
      const table = ctx.resource.logicalId;
      if (ctx.resource.type === 'AWS::DynamoDB::GlobalTable') {
        // Global tables set PITR per replica.
        for (const replica of ctx.prop('Replicas.*')) {
          if (replica.missing || !isMap(replica.node) || replica.node.intrinsic) continue;
          const region = ctx.value(replica.node.get('Region'));
          const where = `${table} (replica ${typeof region === 'string' ? region : 'computed region'})`;
          for (const v of below(ctx, replica, 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled')) {
            if (!v.missing && ctx.bool(v) !== 'false') continue;
            const edit = v.missing && v.at === replica.node ? { op: 'set' as const, target: replica.node, key: 'PointInTimeRecoverySpecification', value: { PointInTimeRecoveryEnabled: true } } : helpers.setAt(ctx, v, 'PointInTimeRecoveryEnabled', true);
            ctx.report({ at: v, messageId: v.missing ? 'missing' : 'isFalse', data: { table: where }, fixes: fixable(v) ? helpers.fix('Enable point-in-time recovery', 'safe', edit) : undefined });
          }
        }
        return;
      }
      for (const v of ctx.prop('PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled')) {
        if (!v.missing && ctx.bool(v) !== 'false') continue;
        const top = v.missing && (v.at === ctx.resource.node || v.at === ctx.resource.properties);
        const edit = top ? helpers.setProperty(ctx.resource, 'PointInTimeRecoverySpecification', { PointInTimeRecoveryEnabled: true }) : helpers.setAt(ctx, v, 'PointInTimeRecoveryEnabled', true);
        ctx.report({ at: v, messageId: v.missing ? 'missing' : 'isFalse', data: { table }, fixes: fixable(v) ? helpers.fix('Enable point-in-time recovery', 'safe', edit) : undefined });
      }
    },
  },
});
