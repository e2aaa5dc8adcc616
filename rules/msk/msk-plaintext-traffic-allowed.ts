import { defineRule, helpers } from '../api';
import { fixable, upper } from '../lib/network';

/**
 * ## What it does
 * Flags an Amazon MSK cluster (`AWS::MSK::Cluster`) whose
 * `EncryptionInfo.EncryptionInTransit.ClientBroker` is `PLAINTEXT` or `TLS_PLAINTEXT`, or whose
 * `InCluster` is false. Both default to encrypted (`TLS`, `true`), so only explicit settings are
 * reported.
 *
 * ## Why it matters
 * Kafka records often carry events with personal or financial data. `TLS_PLAINTEXT` keeps a plain
 * listener open next to the TLS one, so any producer or consumer can quietly fall back to clear
 * text; `InCluster: false` replicates every partition between brokers unencrypted.
 *
 * ## Example
 * ```yaml
 * Kafka:
 *   Type: AWS::MSK::Cluster
 *   Properties:
 *     EncryptionInfo:
 *       EncryptionInTransit:
 *         ClientBroker: TLS_PLAINTEXT
 * ```
 *
 * ## Use instead
 * ```yaml
 *     EncryptionInfo:
 *       EncryptionInTransit:
 *         ClientBroker: TLS
 *         InCluster: true
 * ```
 *
 * ## Fix safety
 * Unsafe: clients still using the plaintext bootstrap brokers (port 9092) stop working, and turning
 * `InCluster` on replaces the cluster.
 *
 * ## References
 * - https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptionintransit.html
 */
export default defineRule({
  meta: {
    id: 'SW5213',
    name: 'msk-plaintext-traffic-allowed',
    family: 'msk',
    category: 'encryption-in-transit',
    severity: 'high',
    description: 'MSK cluster accepts plaintext client traffic or replicates between brokers unencrypted',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      clientBroker: 'MSK cluster {{cluster}} sets ClientBroker {{value}}: clients may connect without TLS',
      inCluster: 'MSK cluster {{cluster}} sets InCluster to false: broker-to-broker traffic is unencrypted',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
    equivalents: { checkov: ['CKV_AWS_81'], trivy: ['AVD-AWS-0073'], securityHub: ['MSK.1'] },
    cdk: 'encryptionInTransit: { clientBroker: msk.ClientBrokerEncryption.TLS, enableInCluster: true }',
  },
  resource: {
    types: ['AWS::MSK::Cluster'],
    check(ctx) {
      const cluster = ctx.resource.logicalId;
      for (const v of ctx.prop('EncryptionInfo.EncryptionInTransit.ClientBroker')) {
        const value = upper(ctx, v);
        if (value !== 'PLAINTEXT' && value !== 'TLS_PLAINTEXT') continue;
        ctx.report({ at: v, messageId: 'clientBroker', data: { cluster, value }, fixes: fixable(v) ? helpers.fix('Set ClientBroker: TLS', 'unsafe', helpers.setAt(ctx, v, 'ClientBroker', 'TLS')) : undefined });
      }
      for (const v of ctx.prop('EncryptionInfo.EncryptionInTransit.InCluster')) {
        if (!v.missing && ctx.bool(v) === 'false') ctx.report({ at: v, messageId: 'inCluster', data: { cluster }, fixes: fixable(v) ? helpers.fix('Set InCluster: true (replaces the cluster)', 'unsafe', helpers.setAt(ctx, v, 'InCluster', true)) : undefined });
      }
    },
  },
});
