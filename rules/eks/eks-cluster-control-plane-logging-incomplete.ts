import { defineRule, helpers, isMap, isSeq } from '../api';
import { below, fixable } from '../lib/logging-resilience';

/** The control-plane log types that matter for security investigations. */
const REQUIRED = ['api', 'audit', 'authenticator'] as const;

/**
 * ## What it does
 * Flags an EKS cluster whose `Logging.ClusterLogging.EnabledTypes` leaves out any of the `api`,
 * `audit` or `authenticator` control-plane logs (all are off by default).
 *
 * ## Why it matters
 * The Kubernetes audit log records every request to the API server (who created a pod, read a
 * secret, bound a role); the authenticator log maps those requests to IAM principals. Without them a
 * cluster compromise cannot be traced, and EKS keeps no copy anywhere else.
 *
 * ## Example
 * ```yaml
 * Cluster:
 *   Type: AWS::EKS::Cluster
 *   Properties:
 *     RoleArn: !GetAtt ClusterRole.Arn
 *     ResourcesVpcConfig: { SubnetIds: [!Ref SubnetA, !Ref SubnetB] }
 * ```
 *
 * ## Use instead
 * ```yaml
 *     Logging:
 *       ClusterLogging:
 *         EnabledTypes:
 *           - Type: api
 *           - Type: audit
 *           - Type: authenticator
 * ```
 *
 * ## Fix safety
 * Safe: control-plane logging is enabled in place; CloudWatch Logs ingestion is charged.
 *
 * ## References
 * - https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-logging.html
 */
export default defineRule({
  meta: {
    id: 'SW5618',
    name: 'eks-cluster-control-plane-logging-incomplete',
    family: 'eks',
    category: 'logging',
    severity: 'medium',
    description: 'EKS cluster does not send its API, audit and authenticator logs to CloudWatch Logs',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'EKS cluster {{cluster}} has no control-plane logging: API server, audit and authenticator logs are not kept',
      type: 'EKS cluster {{cluster}} does not enable the {{type}} control-plane log',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html'],
    equivalents: { checkov: ['CKV_AWS_37'], guard: ['EKS_CLUSTER_LOGGING_ENABLED'], trivy: ['AVD-AWS-0038'], securityHub: ['EKS.8'] },
    cdk: 'clusterLogging: [eks.ClusterLoggingTypes.API, eks.ClusterLoggingTypes.AUDIT, eks.ClusterLoggingTypes.AUTHENTICATOR]',
  },
  resource: {
    types: ['AWS::EKS::Cluster'],
    check(ctx) {
      const cluster = ctx.resource.logicalId;
      for (const list of ctx.prop('Logging.ClusterLogging.EnabledTypes')) {
        if (list.missing) {
          const simple = fixable(list) && !ctx.resource.properties?.has('Logging');
          ctx.report({
            at: list,
            messageId: 'missing',
            data: { cluster },
            fixes: simple ? helpers.fix('Enable api, audit and authenticator logs', 'safe', helpers.setProperty(ctx.resource, 'Logging', { ClusterLogging: { EnabledTypes: REQUIRED.map((t) => ({ Type: t })) } })) : undefined,
          });
          continue;
        }
        if (!isSeq(list.node)) continue; // computed list
        const present = new Set<string>();
        let unknown = false;
        for (const item of below(ctx, list, '*')) {
          const t = !item.missing && isMap(item.node) ? ctx.value(item.node.get('Type')) : undefined;
          if (typeof t === 'string') present.add(t);
          else unknown = true;
        }
        if (unknown) continue;
        const seq = list.node;
        for (const type of REQUIRED) {
          if (present.has(type)) continue;
          ctx.report({ at: list, messageId: 'type', data: { cluster, type }, fixes: fixable(list) ? helpers.fix(`Enable the ${type} log`, 'safe', { op: 'append', target: seq, value: { Type: type } }) : undefined });
        }
      }
    },
  },
});
