import rule from '../../../rules/kinesis/kinesis-stream-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'KMS with the AWS managed key',
      yaml: `
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              ShardCount: 1
              StreamEncryption:
                EncryptionType: KMS
                KeyId: alias/aws/kinesis
      `,
    },
    {
      name: 'key through a parameter default (a naive rule flags the Ref)',
      yaml: `
        Parameters:
          KmsKeyId:
            Type: String
            Default: arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              ShardCount: 1
              StreamEncryption:
                EncryptionType: KMS
                KeyId: !Ref KmsKeyId
      `,
    },
  ],
  invalid: [
    {
      name: 'no StreamEncryption',
      yaml: `
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              ShardCount: 1
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Events'], line: 2, column: 3 }],
      output: `
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              ShardCount: 1
              StreamEncryption:
                EncryptionType: KMS
                KeyId: alias/aws/kinesis
      `,
    },
    {
      name: 'EncryptionType NONE',
      yaml: `
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              StreamEncryption:
                EncryptionType: NONE
                KeyId: alias/aws/kinesis
      `,
      errors: [{ messageId: 'notKms', path: ['Resources', 'Events', 'Properties', 'StreamEncryption', 'EncryptionType'], line: 6, column: 25 }],
    },
    {
      name: 'KMS without KeyId',
      yaml: `
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              StreamEncryption:
                EncryptionType: KMS
      `,
      errors: [{ messageId: 'noKey', path: ['Resources', 'Events', 'Properties', 'StreamEncryption'], line: 5, column: 7 }],
    },
  ],
});
