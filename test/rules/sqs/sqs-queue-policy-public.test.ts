import rule from '../../../rules/sqs/sqs-queue-policy-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'named user principal',
      yaml: `
        Resources:
          QueuePolicy:
            Type: AWS::SQS::QueuePolicy
            Properties:
              Queues: [!Ref Jobs]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: arn:aws:iam::123123123123:user/some.user
                    Action: sqs:*
                    Resource: "*"
          Jobs:
            Type: AWS::SQS::Queue
      `,
    },
    {
      name: 'wildcard narrowed by aws:SourceArn of a topic (the SNS fan-out pattern)',
      yaml: `
        Resources:
          QueuePolicy:
            Type: AWS::SQS::QueuePolicy
            Properties:
              Queues: [!Ref Jobs]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: sqs:SendMessage
                    Resource: !GetAtt Jobs.Arn
                    Condition:
                      ArnEquals:
                        aws:SourceArn: !Ref Topic
          Jobs:
            Type: AWS::SQS::Queue
          Topic:
            Type: AWS::SNS::Topic
      `,
    },
  ],
  invalid: [
    {
      name: 'Statement given as a single map with AWS *',
      yaml: `
        Resources:
          QueuePolicy:
            Type: AWS::SQS::QueuePolicy
            Properties:
              Queues: [!Ref Jobs]
              PolicyDocument:
                Statement:
                  Effect: Allow
                  Principal:
                    AWS: "*"
                  Action: sqs:SendMessage
                  Resource: "*"
          Jobs:
            Type: AWS::SQS::Queue
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'QueuePolicy', 'Properties', 'PolicyDocument', 'Statement', 'Principal', 'AWS'], line: 10, column: 18, message: 'perform sqs:SendMessage' }],
    },
    {
      name: 'SourceArn matching everything does not narrow',
      yaml: `
        Resources:
          QueuePolicy:
            Type: AWS::SQS::QueuePolicy
            Properties:
              Queues: [queue-url]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: [sqs:SendMessage, sqs:ReceiveMessage, sqs:DeleteMessage, sqs:PurgeQueue]
                    Resource: "*"
                    Condition:
                      ArnLike:
                        aws:SourceArn: "*"
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'QueuePolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Principal'], line: 9, column: 24, message: 'and 1 more' }],
    },
    {
      name: 'NotPrincipal with Allow',
      yaml: `
        Resources:
          QueuePolicy:
            Type: AWS::SQS::QueuePolicy
            Properties:
              Queues: [queue-url]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    NotPrincipal:
                      AWS: arn:aws:iam::123123123123:root
                    Action: sqs:SendMessage
                    Resource: "*"
      `,
      errors: [{ messageId: 'notPrincipal', path: ['Resources', 'QueuePolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'NotPrincipal'], line: 10, column: 15 }],
    },
  ],
});
