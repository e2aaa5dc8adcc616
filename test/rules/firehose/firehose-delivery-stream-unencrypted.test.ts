import rule from '../../../rules/firehose/firehose-delivery-stream-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'AWS owned key SSE',
      yaml: `
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamType: DirectPut
              DeliveryStreamEncryptionConfigurationInput:
                KeyType: AWS_OWNED_CMK
      `,
    },
    {
      name: 'Kinesis stream source takes no SSE (a naive rule flags it)',
      yaml: `
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamType: KinesisStreamAsSource
              KinesisStreamSourceConfiguration:
                KinesisStreamARN: arn:aws:kinesis:us-east-1:123456789012:stream/events
                RoleARN: arn:aws:iam::123456789012:role/firehose
      `,
    },
    {
      name: 'stream type from a parameter without default is unknown',
      yaml: `
        Parameters:
          Kind:
            Type: String
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamType: !Ref Kind
      `,
    },
  ],
  invalid: [
    {
      name: 'default Direct PUT without SSE',
      yaml: `
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              ExtendedS3DestinationConfiguration:
                BucketARN: arn:aws:s3:::archive
                RoleARN: arn:aws:iam::123456789012:role/firehose
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Delivery'], line: 2, column: 3 }],
      output: `
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              ExtendedS3DestinationConfiguration:
                BucketARN: arn:aws:s3:::archive
                RoleARN: arn:aws:iam::123456789012:role/firehose
              DeliveryStreamEncryptionConfigurationInput:
                KeyType: AWS_OWNED_CMK
      `,
    },
    {
      name: 'KeyType left empty',
      yaml: `
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamType: DirectPut
              DeliveryStreamEncryptionConfigurationInput:
                KeyType:
      `,
      errors: [{ messageId: 'noKeyType', path: ['Resources', 'Delivery', 'Properties', 'DeliveryStreamEncryptionConfigurationInput', 'KeyType'] }],
    },
    {
      name: 'encryption only when a condition holds',
      yaml: `
        Conditions:
          Secure: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamType: DirectPut
              DeliveryStreamEncryptionConfigurationInput: !If [Secure, {KeyType: AWS_OWNED_CMK}, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Delivery', 'Properties', 'DeliveryStreamEncryptionConfigurationInput'], line: 8, column: 7, message: 'when condition Secure is false' }],
    },
  ],
});
