import rule from '../../../rules/efs/efs-file-system-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: true
              KmsKeyId: !GetAtt FsKey.Arn
          FsKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'unencrypted file system is the other rule (no double report)',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              PerformanceMode: generalPurpose
      `,
    },
  ],
  invalid: [
    {
      name: 'encrypted without KmsKeyId',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: true
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Shared'], line: 2, column: 3 }],
    },
    {
      name: 'AWS managed key through a parameter default',
      yaml: `
        Parameters:
          Key:
            Type: String
            Default: alias/aws/elasticfilesystem
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: 'true'
              KmsKeyId: !Ref Key
      `,
      errors: [{ messageId: 'awsManaged', path: ['Resources', 'Shared', 'Properties', 'KmsKeyId'], line: 10, column: 17, message: 'from the Default of parameter Key' }],
    },
  ],
});
