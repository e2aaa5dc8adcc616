import rule from '../../../rules/ecr/ecr-repository-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'KMS with a customer key',
      yaml: `
        Resources:
          Images:
            Type: AWS::ECR::Repository
            Properties:
              EncryptionConfiguration:
                EncryptionType: KMS
                KmsKey: !GetAtt ImagesKey.Arn
          ImagesKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'encryption type from a parameter without default is unknown (a naive rule flags it)',
      yaml: `
        Parameters:
          EncType:
            Type: String
        Resources:
          Images:
            Type: AWS::ECR::Repository
            Properties:
              EncryptionConfiguration:
                EncryptionType: !Ref EncType
      `,
    },
  ],
  invalid: [
    {
      name: 'no encryption configuration',
      yaml: `
        Resources:
          Images:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: app
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Images'], line: 2, column: 3 }],
    },
    {
      name: 'explicit AES256',
      yaml: `
        Resources:
          Images:
            Type: AWS::ECR::Repository
            Properties:
              EncryptionConfiguration:
                EncryptionType: AES256
      `,
      errors: [{ messageId: 'aes', path: ['Resources', 'Images', 'Properties', 'EncryptionConfiguration', 'EncryptionType'], line: 6, column: 25 }],
    },
    {
      name: 'KMS without a key',
      yaml: `
        Resources:
          Images:
            Type: AWS::ECR::Repository
            Properties:
              EncryptionConfiguration:
                EncryptionType: KMS
      `,
      errors: [{ messageId: 'noKey', path: ['Resources', 'Images', 'Properties', 'EncryptionConfiguration'], line: 5, column: 7 }],
    },
  ],
});
