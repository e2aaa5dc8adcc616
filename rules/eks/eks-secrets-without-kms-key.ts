import { defineRule } from '../api';
import { keyKind } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::EKS::Cluster` without `EncryptionConfig`, or whose encryption configuration names no
 * `Provider.KeyArn`, so Kubernetes secrets are not envelope-encrypted with a KMS key you control.
 *
 * ## Why it matters
 * etcd volumes are always disk-encrypted, and clusters on Kubernetes 1.28 or later also get default
 * envelope encryption of API data with an AWS owned key. Without a customer managed key, though, you
 * cannot audit or revoke decryption of secrets, and clusters on older versions have no envelope
 * encryption at all: anyone who obtains an etcd backup reads secrets in clear text. Low severity for
 * current versions, higher on old ones.
 *
 * ## Example
 * ```yaml
 * Cluster:
 *   Type: AWS::EKS::Cluster
 *   Properties:
 *     RoleArn: !GetAtt ClusterRole.Arn
 *     ResourcesVpcConfig:
 *       SubnetIds: [!Ref SubnetA, !Ref SubnetB]
 * ```
 *
 * ## Use instead
 * ```yaml
 * Cluster:
 *   Type: AWS::EKS::Cluster
 *   Properties:
 *     RoleArn: !GetAtt ClusterRole.Arn
 *     ResourcesVpcConfig:
 *       SubnetIds: [!Ref SubnetA, !Ref SubnetB]
 *     EncryptionConfig:
 *       - Provider:
 *           KeyArn: !GetAtt SecretsKey.Arn
 *         Resources: [secrets]
 * ```
 *
 * ## Fix safety
 * No automatic fix: it needs a symmetric key whose policy admits the cluster role, and once enabled
 * encryption cannot be removed from the cluster.
 *
 * ## References
 * - https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html
 * - https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html
 */
export default defineRule({
  meta: {
    id: 'SW5020',
    name: 'eks-secrets-without-kms-key',
    family: 'eks',
    category: 'encryption-at-rest',
    severity: 'low',
    description: 'EKS cluster does not envelope-encrypt Kubernetes secrets with a customer managed KMS key',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'EKS cluster {{cluster}} sets no EncryptionConfig: Kubernetes secrets are not encrypted with a KMS key you control',
      noKey: 'EKS cluster {{cluster}} EncryptionConfig names no Provider.KeyArn',
    },
    fix: 'none',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html'],
    equivalents: { checkov: ['CKV_AWS_58'], cfnNag: ['W82'], guard: ['EKS_SECRETS_ENCRYPTED'], trivy: ['AVD-AWS-0039'], securityHub: ['EKS.3'] },
    cdk: 'secretsEncryptionKey: key',
  },
  resource: {
    types: ['AWS::EKS::Cluster'],
    check(ctx) {
      const cluster = ctx.resource.logicalId;
      for (const cfg of ctx.prop('EncryptionConfig')) {
        if (cfg.missing) {
          ctx.report({ at: cfg, messageId: 'missing', data: { cluster } });
          continue;
        }
        for (const item of ctx.lookup(cfg.node, '*')) {
          if (item.missing) continue;
          for (const k of ctx.lookup(item.node, 'Provider.KeyArn')) {
            if (keyKind(ctx, k) === 'empty') ctx.report({ at: k, messageId: 'noKey', data: { cluster }, conditions: [...cfg.conditions, ...item.conditions] });
          }
        }
      }
    },
  },
});
