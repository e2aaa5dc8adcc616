import rule from '../../../rules/glue/glue-data-catalog-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'SSE-KMS catalog encryption',
      yaml: `
        Resources:
          CatalogSettings:
            Type: AWS::Glue::DataCatalogEncryptionSettings
            Properties:
              CatalogId: !Ref AWS::AccountId
              DataCatalogEncryptionSettings:
                EncryptionAtRest:
                  CatalogEncryptionMode: SSE-KMS
                  SseAwsKmsKeyId: !Ref CatalogKey
          CatalogKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'mode from a parameter default of SSE-KMS (a naive rule flags the Ref)',
      yaml: `
        Parameters:
          Mode:
            Type: String
            Default: SSE-KMS
        Resources:
          CatalogSettings:
            Type: AWS::Glue::DataCatalogEncryptionSettings
            Properties:
              CatalogId: !Ref AWS::AccountId
              DataCatalogEncryptionSettings:
                EncryptionAtRest:
                  CatalogEncryptionMode: !Ref Mode
      `,
    },
  ],
  invalid: [
    {
      name: 'mode DISABLED',
      yaml: `
        Resources:
          CatalogSettings:
            Type: AWS::Glue::DataCatalogEncryptionSettings
            Properties:
              CatalogId: !Ref AWS::AccountId
              DataCatalogEncryptionSettings:
                EncryptionAtRest:
                  CatalogEncryptionMode: DISABLED
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'CatalogSettings', 'Properties', 'DataCatalogEncryptionSettings', 'EncryptionAtRest', 'CatalogEncryptionMode'], line: 8, column: 34 }],
    },
    {
      name: 'only password encryption configured',
      yaml: `
        Resources:
          CatalogSettings:
            Type: AWS::Glue::DataCatalogEncryptionSettings
            Properties:
              CatalogId: !Ref AWS::AccountId
              DataCatalogEncryptionSettings:
                ConnectionPasswordEncryption:
                  ReturnConnectionPasswordEncrypted: true
                  KmsKeyId: alias/glue
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'CatalogSettings', 'Properties', 'DataCatalogEncryptionSettings'], line: 6, column: 7 }],
    },
  ],
});
