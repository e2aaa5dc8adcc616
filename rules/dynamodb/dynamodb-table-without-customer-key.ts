import { defineRule } from '../api';
import { keyKind } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::DynamoDB::Table` that is not encrypted with a customer managed KMS key: no
 * `SSESpecification.SSEEnabled: true` (an AWS owned key), or SSE enabled without `KMSMasterKeyId` or
 * with `alias/aws/dynamodb` (the AWS managed key).
 *
 * ## Why it matters
 * Every DynamoDB table is encrypted at rest. With the default AWS owned key you cannot see or audit key
 * use in CloudTrail or limit decryption by key policy; the AWS managed key shows usage but its policy
 * is fixed. A customer managed key is what compliance regimes that demand key control ask for. The data
 * is encrypted in every case, so this is a low-severity finding.
 *
 * ## Example
 * ```yaml
 * Orders:
 *   Type: AWS::DynamoDB::Table
 *   Properties:
 *     BillingMode: PAY_PER_REQUEST
 *     AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
 *     KeySchema: [{ AttributeName: id, KeyType: HASH }]
 * ```
 *
 * ## Use instead
 * ```yaml
 * Orders:
 *   Type: AWS::DynamoDB::Table
 *   Properties:
 *     BillingMode: PAY_PER_REQUEST
 *     AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
 *     KeySchema: [{ AttributeName: id, KeyType: HASH }]
 *     SSESpecification:
 *       SSEEnabled: true
 *       SSEType: KMS
 *       KMSMasterKeyId: !Ref TableKey
 * ```
 *
 * ## Fix safety
 * No automatic fix: a key is needed, and readers (and DynamoDB Streams consumers) need permission to
 * use it. Switching keys is an in-place update.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-table-ssespecification.html
 * - https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html
 */
export default defineRule({
  meta: {
    id: 'SW5018',
    name: 'dynamodb-table-without-customer-key',
    family: 'dynamodb',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'DynamoDB table is not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      ownedKey: 'DynamoDB table {{table}} does not enable SSESpecification.SSEEnabled: it is encrypted with an AWS owned key you cannot audit or control',
      managedKey: 'DynamoDB table {{table}} enables SSE without a customer managed KMSMasterKeyId: it uses the AWS managed key aws/dynamodb',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html'],
    equivalents: { checkov: ['CKV_AWS_119'], cfnNag: ['W74'], guard: ['DYNAMODB_TABLE_ENCRYPTED_KMS'], trivy: ['AVD-AWS-0025'] },
    cdk: 'encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED',
  },
  resource: {
    types: ['AWS::DynamoDB::Table'],
    check(ctx) {
      const table = ctx.resource.logicalId;
      for (const sse of ctx.prop('SSESpecification')) {
        if (sse.missing) {
          ctx.report({ at: sse, messageId: 'ownedKey', data: { table } });
          continue;
        }
        for (const e of ctx.lookup(sse.node, 'SSEEnabled')) {
          if (e.missing || ctx.bool(e) === 'false') {
            ctx.report({ at: e, messageId: 'ownedKey', data: { table }, conditions: sse.conditions });
            continue;
          }
          if (ctx.bool(e) !== 'true') continue;
          for (const k of ctx.lookup(sse.node, 'KMSMasterKeyId')) {
            const kind = keyKind(ctx, k);
            if (kind === 'empty' || kind === 'aws-managed') ctx.report({ at: k, messageId: 'managedKey', data: { table }, conditions: sse.conditions });
          }
        }
      }
    },
  },
});
