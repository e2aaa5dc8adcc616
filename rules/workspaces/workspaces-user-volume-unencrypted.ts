import { defineRule } from '../api';
import { requireEnabled } from '../lib/encryption-at-rest';

/**
 * ## What it does
 * Flags an `AWS::WorkSpaces::Workspace` whose `UserVolumeEncryptionEnabled` is missing or false.
 *
 * ## Why it matters
 * WorkSpaces volumes are unencrypted unless encryption is requested. The user volume (D: drive / home directory) of a
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
    id: 'SW5003',
    name: 'workspaces-user-volume-unencrypted',
    family: 'workspaces',
    category: 'encryption-at-rest',
    severity: 'medium',
    description: 'WorkSpaces user volume is not encrypted',
    appliesTo: ['cloudformation', 'cdk', 'account'],
    messages: {
      missing: 'WorkSpace {{workspace}} does not set UserVolumeEncryptionEnabled: its user volume is stored unencrypted',
      isFalse: 'WorkSpace {{workspace}} sets UserVolumeEncryptionEnabled to false',
    },
    fix: 'unsafe',
    references: ['https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html'],
    equivalents: { checkov: ['CKV_AWS_155'], cfnNag: ['F29'], securityHub: ['WorkSpaces.1'] },
  },
  resource: {
    types: ['AWS::WorkSpaces::Workspace'],
    check(ctx) {
      requireEnabled(ctx, 'UserVolumeEncryptionEnabled', { missing: 'missing', isFalse: 'isFalse', data: { workspace: ctx.resource.logicalId }, fixTitle: 'Set UserVolumeEncryptionEnabled: true (replaces the WorkSpace)' });
    },
  },
});
