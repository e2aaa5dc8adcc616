import rule from '../../../rules/sns/sns-topic-policy-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'service principal with aws:SourceAccount',
      yaml: `
        Resources:
          TopicPolicy:
            Type: AWS::SNS::TopicPolicy
            Properties:
              Topics: [!Ref Alerts]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      Service: cloudwatch.amazonaws.com
                    Action: sns:Publish
                    Resource: !Ref Alerts
          Alerts:
            Type: AWS::SNS::Topic
      `,
    },
    {
      name: 'wildcard narrowed by aws:SourceOwner from a parameter (a naive rule flags the *)',
      yaml: `
        Parameters:
          Owner:
            Type: String
        Resources:
          TopicPolicy:
            Type: AWS::SNS::TopicPolicy
            Properties:
              Topics: [!Ref Alerts]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: "*"
                    Action: sns:Publish
                    Resource: !Ref Alerts
                    Condition:
                      StringEquals:
                        AWS:SourceOwner: !Ref Owner
          Alerts:
            Type: AWS::SNS::Topic
      `,
    },
  ],
  invalid: [
    {
      name: 'Principal * publish',
      yaml: `
        Resources:
          TopicPolicy:
            Type: AWS::SNS::TopicPolicy
            Properties:
              Topics: [!Ref Alerts]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: sns:Publish
                    Resource: "*"
          Alerts:
            Type: AWS::SNS::Topic
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'TopicPolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Principal'], line: 9, column: 24 }],
    },
    {
      name: 'AWS * next to a CanonicalUser',
      yaml: `
        Resources:
          TopicPolicy:
            Type: AWS::SNS::TopicPolicy
            Properties:
              Topics: [arn:aws:sns:eu-west-1:111111111111:fredfred]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: "*"
                      CanonicalUser: "235425235252435252352"
                    Action: [SNS:Subscribe, SNS:Publish]
                    Resource: arn:aws:sns:eu-west-1:111111111111:fredfred
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'TopicPolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Principal', 'AWS'], line: 10, column: 20, message: 'SNS:Subscribe, SNS:Publish' }],
    },
  ],
});
