import rule from '../../../rules/efs/efs-file-system-backup-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'automatic backups on',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              BackupPolicy:
                Status: ENABLED
      `,
    },
    {
      name: 'One Zone file system is backed up by default',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              AvailabilityZoneName: eu-west-1a
      `,
    },
    {
      name: 'covered by an AWS Backup selection (a naive rule flags it)',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
          Selection:
            Type: AWS::Backup::BackupSelection
            Properties:
              BackupPlanId: plan-123
              BackupSelection:
                SelectionName: efs
                IamRoleArn: arn:aws:iam::111122223333:role/backup
                Resources:
                  - !GetAtt Shared.Arn
      `,
    },
  ],
  invalid: [
    {
      name: 'Regional file system without a backup policy',
      yaml: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: true
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Shared'], line: 2, column: 3 }],
      output: `
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              Encrypted: true
              BackupPolicy:
                Status: ENABLED
      `,
    },
    {
      name: 'backups disabled through a parameter default',
      yaml: `
        Parameters:
          Backups:
            Type: String
            Default: DISABLED
        Resources:
          Shared:
            Type: AWS::EFS::FileSystem
            Properties:
              BackupPolicy:
                Status: !Ref Backups
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Shared', 'Properties', 'BackupPolicy', 'Status'], line: 10, column: 17, message: 'from the Default of parameter Backups' }],
    },
  ],
});
