import { defineRule } from '../api';
import { requireCustomerKey } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::MSK::Cluster` without `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId` (or with an
 * `alias/aws/...` AWS managed key). Encryption in transit is a different rule.
 *
 * ## Why it matters
 * MSK always encrypts broker storage, by default with the AWS managed `aws/kafka` key. A customer
 * managed key lets you restrict and audit decryption of the topic data on the brokers' volumes and
 * revoke it by disabling the key. A key-control finding: low severity.
 *
 * ## Example
 * ```yaml
 * Kafka:
 *   Type: AWS::MSK::Cluster
 *   Properties:
 *     ClusterName: events
 *     KafkaVersion: 3.6.0
 *     NumberOfBrokerNodes: 3
 *     BrokerNodeGroupInfo:
 *       InstanceType: kafka.m5.large
 *       ClientSubnets: [!Ref SubnetA, !Ref SubnetB, !Ref SubnetC]
 * ```
 *
 * ## Use instead
 * ```yaml
 * Kafka:
 *   Type: AWS::MSK::Cluster
 *   Properties:
 *     ClusterName: events
 *     KafkaVersion: 3.6.0
 *     NumberOfBrokerNodes: 3
 *     BrokerNodeGroupInfo:
 *       InstanceType: kafka.m5.large
 *       ClientSubnets: [!Ref SubnetA, !Ref SubnetB, !Ref SubnetC]
 *     EncryptionInfo:
 *       EncryptionAtRest:
 *         DataVolumeKMSKeyId: !GetAtt KafkaKey.Arn
 * ```
 *
 * ## Fix safety
 * No automatic fix: a key is needed, and changing the at-rest key replaces the cluster.
 *
 * ## References
 * - https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptionatrest.html
 */
export default defineRule({
  meta: {
    id: 'SW5031',
    name: 'msk-cluster-without-customer-key',
    family: 'msk',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'MSK cluster broker storage is not encrypted with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'MSK cluster {{cluster}} sets no DataVolumeKMSKeyId: broker storage uses the AWS managed key aws/kafka',
      awsManaged: 'MSK cluster {{cluster}} uses the AWS managed key {{key}}: use a customer managed key',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
    equivalents: {},
    cdk: 'ebsStorageInfo: { encryptionKey: key }',
  },
  resource: {
    types: ['AWS::MSK::Cluster'],
    check(ctx) {
      requireCustomerKey(ctx, 'EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId', { missing: 'missing', awsManaged: 'awsManaged' }, { cluster: ctx.resource.logicalId });
    },
  },
});
