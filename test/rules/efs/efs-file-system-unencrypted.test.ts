import rule from '../../../rules/efs/efs-file-system-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted file system',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: true
      `,
    },
    {
      name: 'Encrypted through a parameter whose default is true (a naive rule flags the Ref)',
      yaml: `
        Parameters:
          EncryptFs:
            Type: String
            Default: 'true'
            AllowedValues: ['true', 'false']
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: !Ref EncryptFs
      `,
    },
    {
      name: 'Encrypted from a parameter without default is unknown',
      yaml: `
        Parameters:
          EncryptFs:
            Type: String
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: !Ref EncryptFs
      `,
    },
  ],
  invalid: [
    {
      name: 'file system without properties',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Shared'], line: 2, column: 3 }],
      output: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: true
      `,
    },
    {
      name: 'Encrypted false as a string',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              PerformanceMode: generalPurpose
              Encrypted: 'false'
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Shared', 'Properties', 'Encrypted'], line: 6, column: 18 }],
      output: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              PerformanceMode: generalPurpose
              Encrypted: true
      `,
    },
    {
      name: 'unencrypted in one Fn::If branch names the condition and offers no fix',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Shared', 'Properties', 'Encrypted', 'Fn::If', 2], line: 7, column: 37, message: 'when condition IsProd is false' }],
    },
  ],
});
