import rule from '../../../rules/backup/backup-vault-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key',
      yaml: `
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            Properties:
              BackupVaultName: prod
              EncryptionKeyArn: !GetAtt BackupKey.Arn
          BackupKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'key ARN from a parameter without default is unknown (a naive rule flags it)',
      yaml: `
        Parameters:
          KeyArn:
            Type: String
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            Properties:
              BackupVaultName: prod
              EncryptionKeyArn: !Ref KeyArn
      `,
    },
  ],
  invalid: [
    {
      name: 'no EncryptionKeyArn',
      yaml: `
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            Properties:
              BackupVaultName: prod
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Vault'], line: 2, column: 3 }],
    },
    {
      name: 'AWS managed backup key written with Fn::Sub',
      yaml: `
        Resources:
          Vault:
            Type: AWS::Backup::BackupVault
            Properties:
              BackupVaultName: prod
              EncryptionKeyArn: !Sub 'arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:alias/aws/backup'
      `,
      errors: [{ messageId: 'awsManaged', path: ['Resources', 'Vault', 'Properties', 'EncryptionKeyArn'], line: 6, column: 25 }],
    },
  ],
});
