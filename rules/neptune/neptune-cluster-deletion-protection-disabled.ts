import { defineRule, helpers } from '../api';
import { setTrueFix } from '../lib/logging-resilience';

/**
 * ## What it does
 * Flags an `AWS::Neptune::DBCluster` whose `DeletionProtection` is missing or false.
 *
 * ## Why it matters
 * Without deletion protection a single API call, a mistyped identifier in a script or a stack
 * deletion removes the Neptune cluster. Protection makes the service refuse until someone turns it off on
 * purpose.
 *
 * ## Example
 * ```yaml
 * Cluster:
 *   Type: AWS::Neptune::DBCluster
 *   Properties:
 *     StorageEncrypted: true
 * ```
 *
 * ## Use instead
 * ```yaml
 * Cluster:
 *   Type: AWS::Neptune::DBCluster
 *   Properties:
 *     StorageEncrypted: true
 *     DeletionProtection: true
 * ```
 *
 * ## Fix safety
 * Safe: an in-place change with no downtime; deleting the stack then fails until protection is
 * turned off, which is the intent.
 *
 * ## References
 * - https://docs.aws.amazon.com/neptune/latest/userguide/manage-console-instances-delete.html
 */
export default defineRule({
  meta: {
    id: 'SW5719',
    name: 'neptune-cluster-deletion-protection-disabled',
    family: 'neptune',
    category: 'resilience',
    severity: 'medium',
    description: 'Amazon Neptune cluster can be deleted without turning off deletion protection first',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'Neptune cluster {{cluster}} does not set DeletionProtection: one API call or stack deletion removes it',
      isFalse: 'Neptune cluster {{cluster}} sets DeletionProtection to false: one API call or stack deletion removes it',
    },
    fix: 'safe',
    references: ['https://docs.aws.amazon.com/neptune/latest/userguide/manage-console-instances-delete.html'],
    equivalents: { guard: ['NEPTUNE_CLUSTER_DELETION_PROTECTION_ENABLED'], securityHub: ['Neptune.4'] },
    cdk: 'deletionProtection: true',
  },
  resource: {
    types: ['AWS::Neptune::DBCluster'],
    check(ctx) {
      helpers.requireTrue(ctx, 'DeletionProtection', {
        missing: 'missing',
        isFalse: 'isFalse',
        data: { cluster: ctx.resource.logicalId },
        fix: (v) => setTrueFix(ctx, v, 'DeletionProtection', 'Set DeletionProtection: true'),
      });
    },
  },
});
