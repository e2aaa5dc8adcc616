import rule from '../../../rules/iam/iam-passrole-escalation-combination';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'PassRole limited by iam:PassedToService in a condition (not counted)',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*", "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}}},
          {"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"}]}
      `,
    },
    {
      name: 'CreateFunction without a way to invoke (a naive rule flags PassRole + lambda)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:PassRole", "lambda:CreateFunction"], "Resource": "*"}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'PassRole and RunInstances across statements',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/*"},
          {"Effect": "Allow", "Action": "ec2:Run*", "Resource": "*"}]}
      `,
      errors: [{ messageId: 'combo', path: ['Statement', 0, 'Action'], message: 'ec2:RunInstances' }],
    },
    {
      name: 'Lambda create and invoke with PassRole in a role policy under a condition',
      yaml: `
        Conditions:
          Dev: !Equals [!Ref AWS::AccountId, "111122223333"]
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: codebuild.amazonaws.com}
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [lambda:CreateFunction, lambda:InvokeFunction, !If [Dev, iam:PassRole, !Ref AWS::NoValue]]
                        Resource: "*"
      `,
      errors: [{ messageId: 'combo', path: ['Resources', 'Role', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action', 2, 'Fn::If', 1], line: 17, column: 82, message: 'when condition Dev is true' }],
    },
  ],
});
