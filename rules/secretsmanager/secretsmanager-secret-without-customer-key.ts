import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::SecretsManager::Secret` without a `KmsKeyId`, or with the AWS managed
 * `alias/aws/secretsmanager` key.
 *
 * ## Why it matters
 * Secrets are always encrypted; without `KmsKeyId` the AWS managed key `aws/secretsmanager` is used.
 * Its key policy cannot be edited, so the secret cannot be shared with another account and you cannot
 * add a second, key-level gate on who decrypts it. Low severity: a key-control finding.
 *
 * ## Example
 * ```yaml
 * DbSecret:
 *   Type: AWS::SecretsManager::Secret
 *   Properties:
 *     GenerateSecretString:
 *       SecretStringTemplate: '{"username": "app"}'
 *       GenerateStringKey: password
 * ```
 *
 * ## Use instead
 * ```yaml
 * DbSecret:
 *   Type: AWS::SecretsManager::Secret
 *   Properties:
 *     KmsKeyId: !Ref SecretsKey
 *     GenerateSecretString:
 *       SecretStringTemplate: '{"username": "app"}'
 *       GenerateStringKey: password
 * ```
 *
 * ## Fix safety
 * No automatic fix: every reader of the secret then needs kms:Decrypt on the new key.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-secretsmanager-secret.html
 * - https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5019',
    name: 'secretsmanager-secret-without-customer-key',
    family: 'secretsmanager',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'Secrets Manager secret is not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Secret {{secret}} sets no KmsKeyId: it uses the AWS managed key aws/secretsmanager and cannot be shared across accounts',
      awsManaged: 'Secret {{secret}} uses the AWS managed key {{key}}: use a customer managed key',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_149'], cfnNag: ['W77'], guard: ['SECRETSMANAGER_USING_CMK'] },
    cdk: 'encryptionKey: key',
  },
  resource: {
    types: ['AWS::SecretsManager::Secret'],
    check(ctx) {
      requireCustomerKey(ctx, 'KmsKeyId', { missing: 'missing', awsManaged: 'awsManaged' }, { secret: ctx.resource.logicalId });
    },
  },
});
