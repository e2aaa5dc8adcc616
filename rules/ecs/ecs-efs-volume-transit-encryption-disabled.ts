import { defineRule, helpers } from '../api';
import { fixable, upper } from '../lib/network';

/**
 * ## What it does
 * Flags an ECS task definition volume backed by EFS (`Volumes[].EFSVolumeConfiguration`) whose
 * `TransitEncryption` is missing (it defaults to `DISABLED`) or `DISABLED`.
 *
 * ## Why it matters
 * NFS traffic between the task and the file system is then unencrypted: every file the container
 * reads or writes crosses the VPC in clear text. EFS IAM authorization (`AuthorizationConfig.IAM`)
 * also requires transit encryption.
 *
 * ## Example
 * ```yaml
 * Task:
 *   Type: AWS::ECS::TaskDefinition
 *   Properties:
 *     Volumes:
 *       - Name: data
 *         EFSVolumeConfiguration:
 *           FilesystemId: !Ref FileSystem
 * ```
 *
 * ## Use instead
 * ```yaml
 *         EFSVolumeConfiguration:
 *           FilesystemId: !Ref FileSystem
 *           TransitEncryption: ENABLED
 * ```
 *
 * ## Fix safety
 * Safe: a new task definition revision mounts the same file system through TLS (the ECS agent and
 * Fargate ship the EFS mount helper); running tasks are not touched until they are replaced.
 *
 * ## References
 * - https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html
 */
export default defineRule({
  meta: {
    id: 'SW5211',
    name: 'ecs-efs-volume-transit-encryption-disabled',
    family: 'ecs',
    category: 'encryption-in-transit',
    severity: 'medium',
    description: 'ECS task definition mounts an EFS volume without transit encryption',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Task definition {{task}} mounts EFS volume {{volume}} without TransitEncryption (defaults to DISABLED)',
      disabled: 'Task definition {{task}} sets TransitEncryption DISABLED on EFS volume {{volume}}',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html'],
    equivalents: { checkov: ['CKV_AWS_97'], trivy: ['AVD-AWS-0035'] },
    cdk: "efsVolumeConfiguration: { fileSystemId, transitEncryption: 'ENABLED' }",
  },
  resource: {
    types: ['AWS::ECS::TaskDefinition'],
    check(ctx) {
      const task = ctx.resource.logicalId;
      for (const vol of ctx.prop('Volumes.*')) {
        if (vol.missing || !vol.node) continue;
        const volume = ctx.lookup(vol.node, 'Name').map((n) => ctx.value(n)).find((n) => typeof n === 'string') ?? '(unnamed)';
        for (const efs of ctx.lookup(vol.node, 'EFSVolumeConfiguration')) {
          if (efs.missing || !efs.node) continue;
          for (const v of ctx.lookup(efs.node, 'TransitEncryption')) {
            const fixes = fixable(v) && fixable(efs) && fixable(vol) ? helpers.fix('Set TransitEncryption: ENABLED', 'safe', helpers.setAt(ctx, v, 'TransitEncryption', 'ENABLED')) : undefined;
            if (v.missing) ctx.report({ at: v, messageId: 'missing', data: { task, volume: String(volume) }, fixes });
            else if (upper(ctx, v) === 'DISABLED') ctx.report({ at: v, messageId: 'disabled', data: { task, volume: String(volume) }, fixes });
          }
        }
      }
    },
  },
});
