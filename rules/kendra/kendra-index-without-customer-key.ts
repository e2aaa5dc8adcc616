import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::Kendra::Index` without `ServerSideEncryptionConfiguration.KmsKeyId`.
 *
 * ## Why it matters
 * Kendra encrypts the index with an AWS owned key unless a customer managed key is given. The index
 * holds the text of every document it ingests; a key you control lets you audit and cut off access to
 * that copy. The data is encrypted either way: low severity.
 *
 * ## Example
 * ```yaml
 * Search:
 *   Type: AWS::Kendra::Index
 *   Properties:
 *     Name: docs
 *     Edition: ENTERPRISE_EDITION
 *     RoleArn: !GetAtt KendraRole.Arn
 * ```
 *
 * ## Use instead
 * ```yaml
 * Search:
 *   Type: AWS::Kendra::Index
 *   Properties:
 *     Name: docs
 *     Edition: ENTERPRISE_EDITION
 *     RoleArn: !GetAtt KendraRole.Arn
 *     ServerSideEncryptionConfiguration:
 *       KmsKeyId: !Ref IndexKey
 * ```
 *
 * ## Fix safety
 * No automatic fix: a key is needed, and changing it replaces the index (all documents are re-indexed).
 *
 * ## References
 * - https://docs.aws.amazon.com/kendra/latest/dg/encryption-at-rest.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kendra-index.html
 */
export default defineRule({
  meta: {
    id: 'SW5033',
    name: 'kendra-index-without-customer-key',
    family: 'kendra',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'Kendra index is not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Kendra index {{index}} sets no ServerSideEncryptionConfiguration.KmsKeyId: it is encrypted with an AWS owned key',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/kendra/latest/dg/encryption-at-rest.html'],
    equivalents: { cfnNag: ['W80'] },
  },
  resource: {
    types: ['AWS::Kendra::Index'],
    check(ctx) {
      requireCustomerKey(ctx, 'ServerSideEncryptionConfiguration.KmsKeyId', { missing: 'missing' }, { index: ctx.resource.logicalId });
    },
  },
});
