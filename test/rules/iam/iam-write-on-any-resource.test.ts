import rule from '../../../rules/iam/iam-write-on-any-resource';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'writes scoped to a bucket',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:PutObject", "s3:DeleteObject"], "Resource": "arn:aws:s3:::b/*"}]}
      `,
    },
    {
      name: 'wildcard-only actions on * (they accept no resource ARN; a naive rule flags Resource *)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ec2:DescribeInstances", "xray:PutTraceSegments", "s3:ListAllMyBuckets"], "Resource": "*"}]}
      `,
    },
    {
      name: 'a condition constrains the statement',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:TerminateInstances", "Resource": "*",
          "Condition": {"StringEquals": {"aws:ResourceTag/team": "web"}}}]}
      `,
    },
    {
      name: 'resource from a GetAtt is a specific ARN, not * (unknown is never reported)',
      yaml: `
        Resources:
          Queue:
            Type: AWS::SQS::Queue
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: sqs:SendMessage
                    Resource: !GetAtt Queue.Arn
      `,
    },
  ],
  invalid: [
    {
      name: 'Resource * only when a condition holds',
      yaml: `
        Conditions:
          Wide: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Queue:
            Type: AWS::SQS::Queue
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: sqs:DeleteMessage
                    Resource: !If [Wide, "*", !GetAtt Queue.Arn]
      `,
      errors: [{ messageId: 'write', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action'], line: 12, column: 21, message: 'when condition Wide is true' }],
    },
    {
      name: 'write actions through a pattern',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "sqs:Send*"], "Resource": "*"}]}
      `,
      errors: [{ messageId: 'write', path: ['Statement', 0, 'Action', 0], message: 'sqs:SendMessage' }],
    },
    {
      name: 'permissions management on * in a role policy',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: lambda.amazonaws.com}
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [s3:PutBucketPolicy]
                        Resource: ["*"]
      `,
      errors: [{ messageId: 'permissions', path: ['Resources', 'Role', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action', 0], line: 15, column: 26, message: 's3:PutBucketPolicy' }],
    },
  ],
});
