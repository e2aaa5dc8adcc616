import rule from '../../../rules/sqs/sqs-queue-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key by Ref',
      yaml: `
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              KmsMasterKeyId: !Ref QueueKey
          QueueKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'explicit opt-out belongs to sqs-queue-encryption-disabled (no double report)',
      yaml: `
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              SqsManagedSseEnabled: false
      `,
    },
    {
      name: 'key from a parameter default',
      yaml: `
        Parameters:
          KmsMasterKeyId:
            Type: String
            Default: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              KmsMasterKeyId: !Ref KmsMasterKeyId
      `,
    },
  ],
  invalid: [
    {
      name: 'no key (SSE-SQS)',
      yaml: `
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: jobs
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Jobs'], line: 2, column: 3 }],
    },
    {
      name: 'AWS managed sqs alias',
      yaml: `
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              KmsMasterKeyId: alias/aws/sqs
      `,
      errors: [{ messageId: 'awsManaged', path: ['Resources', 'Jobs', 'Properties', 'KmsMasterKeyId'], line: 5, column: 23 }],
    },
  ],
});
