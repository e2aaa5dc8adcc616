import rule from '../../../rules/sqs/sqs-queue-encryption-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'queue with no encryption properties is SSE-SQS by default (a naive rule flags it)',
      yaml: `
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              VisibilityTimeout: 60
      `,
    },
    {
      name: 'SSE-SQS off but a KMS key set',
      yaml: `
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              SqsManagedSseEnabled: false
              KmsMasterKeyId: !Ref QueueKey
          QueueKey:
            Type: AWS::KMS::Key
      `,
    },
  ],
  invalid: [
    {
      name: 'explicit opt-out without a key',
      yaml: `
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              SqsManagedSseEnabled: false
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Jobs', 'Properties', 'SqsManagedSseEnabled'], line: 5, column: 29 }],
      output: `
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              SqsManagedSseEnabled: true
      `,
    },
    {
      name: 'opt-out through a parameter default: reported without a fix',
      yaml: `
        Parameters:
          Sse:
            Type: String
            Default: 'false'
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              SqsManagedSseEnabled: !Ref Sse
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Jobs', 'Properties', 'SqsManagedSseEnabled'], line: 9, column: 29, message: 'from the Default of parameter Sse' }],
    },
  ],
});
