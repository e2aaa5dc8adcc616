import rule from '../../../rules/workspaces/workspaces-user-volume-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'both volumes encrypted',
      yaml: `
        Resources:
          Desktop:
            Type: AWS::WorkSpaces::Workspace
            Properties:
              BundleId: wsb-12345678
              DirectoryId: d-1234567890
              UserName: alice
              RootVolumeEncryptionEnabled: true
              UserVolumeEncryptionEnabled: true
              VolumeEncryptionKey: alias/workspaces
      `,
    },
    {
      name: 'only the user volume encrypted, from a parameter default (the other volume is another rule)',
      yaml: `
        Parameters:
          Encrypt:
            Type: String
            Default: 'true'
        Resources:
          Desktop:
            Type: AWS::WorkSpaces::Workspace
            Properties:
              BundleId: wsb-12345678
              DirectoryId: d-1234567890
              UserName: alice
              UserVolumeEncryptionEnabled: !Ref Encrypt
              RootVolumeEncryptionEnabled: false
      `,
    },
  ],
  invalid: [
    {
      name: 'no volume encryption',
      yaml: `
        Resources:
          Desktop:
            Type: AWS::WorkSpaces::Workspace
            Properties:
              BundleId: wsb-12345678
              DirectoryId: d-1234567890
              UserName: alice
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Desktop'], line: 2, column: 3 }],
      output: `
        Resources:
          Desktop:
            Type: AWS::WorkSpaces::Workspace
            Properties:
              BundleId: wsb-12345678
              DirectoryId: d-1234567890
              UserName: alice
              UserVolumeEncryptionEnabled: true
      `,
    },
    {
      name: 'UserVolumeEncryptionEnabled false in the true branch of Fn::If',
      yaml: `
        Conditions:
          Lab: !Equals [!Ref AWS::StackName, lab]
        Resources:
          Desktop:
            Type: AWS::WorkSpaces::Workspace
            Properties:
              BundleId: wsb-12345678
              DirectoryId: d-1234567890
              UserName: alice
              UserVolumeEncryptionEnabled: !If [Lab, 'false', true]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Desktop', 'Properties', 'UserVolumeEncryptionEnabled', 'Fn::If', 1], message: 'when condition Lab is true' }],
    },
  ],
});
