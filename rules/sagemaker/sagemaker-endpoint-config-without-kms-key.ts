import { defineRule, str } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * Instance types with local NVMe storage: their volumes are encrypted by the instance hardware and
 * SageMaker rejects a KmsKeyId for them.
 */
const LOCAL_STORAGE = /^ml\.([a-z]+\d+[a-z]*d[a-z]*|g5|g6|g6e|p5|p5e|trn1|trn1n)\./;

/**
 * ## What it does
 * Flags an `AWS::SageMaker::EndpointConfig` without a `KmsKeyId` for the ML storage volumes of its
 * endpoint instances (or with an `alias/aws/...` AWS managed key). Configurations that cannot take a key
 * are skipped: serverless-only variants, and instance types with local NVMe storage (`ml.m5d`,
 * `ml.g4dn`, `ml.g5`, `ml.p4d`, …) whose storage is encrypted by the hardware.
 *
 * ## Why it matters
 * Without a customer managed key, the model artifacts and data on the hosting instances' volumes are
 * encrypted under a key you cannot govern with a key policy, audit separately, or disable.
 *
 * ## Example
 * ```yaml
 * Config:
 *   Type: AWS::SageMaker::EndpointConfig
 *   Properties:
 *     ProductionVariants:
 *       - ModelName: !GetAtt Model.ModelName
 *         VariantName: main
 *         InitialInstanceCount: 1
 *         InstanceType: ml.m5.large
 * ```
 *
 * ## Use instead
 * ```yaml
 * Config:
 *   Type: AWS::SageMaker::EndpointConfig
 *   Properties:
 *     KmsKeyId: !Ref ModelKey
 *     ProductionVariants:
 *       - ModelName: !GetAtt Model.ModelName
 *         VariantName: main
 *         InitialInstanceCount: 1
 *         InstanceType: ml.m5.large
 * ```
 *
 * ## Fix safety
 * No automatic fix: a key with a suitable key policy is needed, and a new endpoint configuration
 * replaces the old one (the endpoint is updated to it).
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-endpointconfig.html
 * - https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html
 */
export default defineRule({
  meta: {
    id: 'SW5008',
    name: 'sagemaker-endpoint-config-without-kms-key',
    family: 'sagemaker',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'SageMaker endpoint configuration does not encrypt instance storage with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'SageMaker endpoint configuration {{config}} sets no KmsKeyId for its instance storage volumes',
      awsManaged: 'SageMaker endpoint configuration {{config}} uses the AWS managed key {{key}}: use a customer managed key',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html'],
    equivalents: { checkov: ['CKV_AWS_98'], cfnNag: ['W1200'], guard: ['SAGEMAKER_ENDPOINT_CONFIGURATION_KMS_KEY_CONFIGURED'] },
  },
  resource: {
    types: ['AWS::SageMaker::EndpointConfig'],
    check(ctx) {
      const variants = ctx.prop('ProductionVariants.*').filter((v) => !v.missing);
      const instanceTypes = variants.flatMap((v) => ctx.lookup(v.node, 'InstanceType')).filter((t) => !t.missing);
      // Serverless variants have no instance type; a config of only serverless variants takes no key.
      if (variants.length > 0 && instanceTypes.length === 0) return;
      if (instanceTypes.some((t) => LOCAL_STORAGE.test(str(t.node) ?? ''))) return;
      requireCustomerKey(ctx, 'KmsKeyId', { missing: 'missing', awsManaged: 'awsManaged' }, { config: ctx.resource.logicalId });
    },
  },
});
