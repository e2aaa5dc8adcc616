import rule from '../../../rules/kendra/kendra-index-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key',
      yaml: `
        Resources:
          Search:
            Type: AWS::Kendra::Index
            Properties:
              Name: docs
              Edition: ENTERPRISE_EDITION
              RoleArn: arn:aws:iam::123456789012:role/kendra
              ServerSideEncryptionConfiguration:
                KmsKeyId: !Ref IndexKey
          IndexKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'key from a parameter default (a naive rule flags the Ref)',
      yaml: `
        Parameters:
          Key:
            Type: String
            Default: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
        Resources:
          Search:
            Type: AWS::Kendra::Index
            Properties:
              Name: docs
              Edition: DEVELOPER_EDITION
              RoleArn: arn:aws:iam::123456789012:role/kendra
              ServerSideEncryptionConfiguration:
                KmsKeyId: !Ref Key
      `,
    },
  ],
  invalid: [
    {
      name: 'no encryption configuration',
      yaml: `
        Resources:
          Search:
            Type: AWS::Kendra::Index
            Properties:
              Name: docs
              Edition: ENTERPRISE_EDITION
              RoleArn: arn:aws:iam::123456789012:role/kendra
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Search'], line: 2, column: 3 }],
    },
    {
      name: 'configuration without KmsKeyId',
      yaml: `
        Resources:
          Search:
            Type: AWS::Kendra::Index
            Properties:
              Name: docs
              Edition: ENTERPRISE_EDITION
              RoleArn: arn:aws:iam::123456789012:role/kendra
              ServerSideEncryptionConfiguration: {}
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Search', 'Properties', 'ServerSideEncryptionConfiguration'], line: 8, column: 7 }],
    },
  ],
});
