import { defineRule } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::WorkSpaces::Workspace` whose `RootVolumeEncryptionEnabled` is missing or false.
 *
 * ## Why it matters
 * WorkSpaces volumes are unencrypted unless encryption is requested. The root volume (C: drive / root file system) of a
 * desktop holds whatever its user works on, and snapshots of it are unencrypted too. Encryption can
 * only be chosen when the WorkSpace is created; with no `VolumeEncryptionKey` the AWS managed key
 * `aws/workspaces` is used.
 *
 * ## Example
 * ```yaml
 * Desktop:
 *   Type: AWS::WorkSpaces::Workspace
 *   Properties:
 *     BundleId: wsb-12345678
 *     DirectoryId: d-1234567890
 *     UserName: alice
 * ```
 *
 * ## Use instead
 * ```yaml
 * Desktop:
 *   Type: AWS::WorkSpaces::Workspace
 *   Properties:
 *     BundleId: wsb-12345678
 *     DirectoryId: d-1234567890
 *     UserName: alice
 *     RootVolumeEncryptionEnabled: true
 *     UserVolumeEncryptionEnabled: true
 *     VolumeEncryptionKey: alias/workspaces
 * ```
 *
 * ## Fix safety
 * Unsafe: changing volume encryption replaces the WorkSpace; the user's desktop is rebuilt from the
 * bundle and data on its volumes is lost unless backed up first.
 *
 * ## References
 * - https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-workspaces-workspace.html
 * - https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html
 */
export default defineRule({
  meta: {
    id: 'SW5004',
    name: 'workspaces-root-volume-unencrypted',
    family: 'workspaces',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'WorkSpaces root volume is not encrypted',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'WorkSpace {{workspace}} does not set RootVolumeEncryptionEnabled: its root volume is stored unencrypted',
      isFalse: 'WorkSpace {{workspace}} sets RootVolumeEncryptionEnabled to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html'],
    equivalents: { checkov: ['CKV_AWS_156'], securityHub: ['WorkSpaces.2'] },
  },
  resource: {
    types: ['AWS::WorkSpaces::Workspace'],
    check(ctx) {
      requireEnabled(ctx, 'RootVolumeEncryptionEnabled', { missing: 'missing', isFalse: 'isFalse', data: { workspace: ctx.resource.logicalId }, fixTitle: 'Set RootVolumeEncryptionEnabled: true (replaces the WorkSpace)' });
    },
  },
});
