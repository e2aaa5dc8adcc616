import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::SageMaker::NotebookInstance` without a `KmsKeyId` (or with an `alias/aws/...` AWS
 * managed key).
 *
 * ## Why it matters
 * The notebook's ML storage volume is encrypted either way; without `KmsKeyId` SageMaker uses an AWS
 * managed key, so you cannot restrict who decrypts the volume's data (notebooks, datasets, cached
 * credentials) through a key policy or revoke access by disabling the key. This is a key-control
 * finding, not an unencrypted-data finding, hence the low severity.
 *
 * ## Example
 * ```yaml
 * Notebook:
 *   Type: AWS::SageMaker::NotebookInstance
 *   Properties:
 *     InstanceType: ml.t3.medium
 *     RoleArn: !GetAtt NotebookRole.Arn
 * ```
 *
 * ## Use instead
 * ```yaml
 * Notebook:
 *   Type: AWS::SageMaker::NotebookInstance
 *   Properties:
 *     InstanceType: ml.t3.medium
 *     RoleArn: !GetAtt NotebookRole.Arn
 *     KmsKeyId: !Ref NotebookKey
 * ```
 *
 * ## Fix safety
 * No automatic fix: it needs a key whose policy lets SageMaker and the notebook role use it, and
 * changing `KmsKeyId` replaces the notebook instance and its volume.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-notebookinstance.html
 * - https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html
 */
export default defineRule({
  meta: {
    id: 'SW5007',
    name: 'sagemaker-notebook-without-kms-key',
    family: 'sagemaker',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'SageMaker notebook instance volume is not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'SageMaker notebook {{notebook}} sets no KmsKeyId: its storage volume uses an AWS managed key you cannot control',
      awsManaged: 'SageMaker notebook {{notebook}} uses the AWS managed key {{key}}: use a customer managed key to control access',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html'],
    equivalents: { checkov: ['CKV_AWS_22'], cfnNag: ['W1201'], guard: ['SAGEMAKER_NOTEBOOK_INSTANCE_KMS_KEY_CONFIGURED'] },
  },
  resource: {
    types: ['AWS::SageMaker::NotebookInstance'],
    check(ctx) {
      requireCustomerKey(ctx, 'KmsKeyId', { missing: 'missing', awsManaged: 'awsManaged' }, { notebook: ctx.resource.logicalId });
    },
  },
});
