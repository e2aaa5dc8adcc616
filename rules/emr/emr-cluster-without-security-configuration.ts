import { defineRule } from '../api';

/**
 * ## What it does
 * Flags an `AWS::EMR::Cluster` without a `SecurityConfiguration`.
 *
 * ## Why it matters
 * Encryption of EMR cluster data at rest (EBS and local disks, EMRFS data in S3) and in transit is
 * configured only through a security configuration. Without one, HDFS, shuffle and spill data on the
 * cluster's instance storage and EBS volumes is unencrypted (unless EBS encryption by default happens
 * to apply). A configuration given by name or by a parameter is not checked further here.
 *
 * ## Example
 * ```yaml
 * Analytics:
 *   Type: AWS::EMR::Cluster
 *   Properties:
 *     Name: analytics
 *     ReleaseLabel: emr-7.1.0
 *     JobFlowRole: EMR_EC2_DefaultRole
 *     ServiceRole: EMR_DefaultRole
 *     Instances:
 *       MasterInstanceGroup: { InstanceCount: 1, InstanceType: m5.xlarge }
 * ```
 *
 * ## Use instead
 * ```yaml
 * Analytics:
 *   Type: AWS::EMR::Cluster
 *   Properties:
 *     Name: analytics
 *     ReleaseLabel: emr-7.1.0
 *     JobFlowRole: EMR_EC2_DefaultRole
 *     ServiceRole: EMR_DefaultRole
 *     SecurityConfiguration: !Ref EncryptedEmr
 *     Instances:
 *       MasterInstanceGroup: { InstanceCount: 1, InstanceType: m5.xlarge }
 * ```
 *
 * ## Fix safety
 * No automatic fix: a security configuration (with keys for local-disk and S3 encryption) must be
 * written first, and attaching it replaces the cluster.
 *
 * ## References
 * - https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-emr-cluster.html
 */
export default defineRule({
  meta: {
    id: 'SW5035',
    name: 'emr-cluster-without-security-configuration',
    family: 'emr',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'EMR cluster has no security configuration, so its data is not encrypted at rest',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'EMR cluster {{cluster}} sets no SecurityConfiguration: local disks, EBS volumes and EMRFS data are not encrypted by EMR',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-data-encryption-options.html'],
    equivalents: { cfnNag: ['W63'] },
  },
  resource: {
    types: ['AWS::EMR::Cluster'],
    check(ctx) {
      for (const v of ctx.prop('SecurityConfiguration')) {
        const val = v.missing ? undefined : ctx.value(v);
        if (v.missing || val === '' || val === null) ctx.report({ at: v, messageId: 'missing', data: { cluster: ctx.resource.logicalId } });
      }
    },
  },
});
