import rule from '../../../rules/iam/iam-unknown-action';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'real actions in any case, wildcards that match',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["S3:getobject", "s3:Get*", "ec2:Describe*", "*"], "Resource": "*"}]}
      `,
    },
    {
      name: 'an action from a parameter without default is unknown (a naive rule flags the Ref)',
      yaml: `
        Parameters:
          ExtraAction:
            Type: String
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: [!Ref ExtraAction, "sqs:SendMessage"]
                    Resource: "*"
      `,
    },
  ],
  invalid: [
    {
      name: 'plural typo with a safe fix',
      policy: `
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: [s3:GetObjects, s3:PutObject]
            Resource: "*"
      `,
      errors: [{ messageId: 'typo', path: ['Statement', 0, 'Action', 0], message: 'did you mean s3:GetObject?' }],
    },
    {
      name: 'typo in a Deny (a hole) fixed in place',
      yaml: `
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Action: s3:DeleteObjects
                    Resource: "*"
      `,
      errors: [{ messageId: 'typo', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action'], line: 8, column: 21 }],
      output: `
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Action: s3:DeleteObject
                    Resource: "*"
      `,
    },
    {
      name: 'wrong service prefix, a wildcard that matches nothing, NotAction',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["lambada:InvokeFunction", "s3:Gett*"], "Resource": "*"},
          {"Effect": "Deny", "NotAction": ["notaservice:Foo"], "Resource": "*"}]}
      `,
      errors: [
        { messageId: 'typo', path: ['Statement', 0, 'Action', 0], message: 'lambda:InvokeFunction' },
        { messageId: 'noMatch', path: ['Statement', 0, 'Action', 1] },
        { messageId: 'unknownService', path: ['Statement', 1, 'NotAction', 0] },
      ],
    },
    {
      name: 'typo under Fn::If names the condition and offers no fix',
      yaml: `
        Conditions:
          Strict: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: ec2.amazonaws.com}
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: !If [Strict, iam:PassRoles, iam:PassRole]
                        Resource: !GetAtt Role.Arn
      `,
      errors: [{ messageId: 'typo', path: ['Resources', 'Role', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action', 'Fn::If', 1], line: 17, column: 38, message: 'when condition Strict is true' }],
    },
  ],
});
