import rule from '../../../rules/iam/iam-policy-admin-wildcard';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'specific actions on a specific resource',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::b/*"}]}
      `,
    },
    {
      name: 'Deny * on * is not administrator access (a naive rule flags the wildcard)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}
      `,
    },
    {
      name: 'Allow * on one bucket only',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b"}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'Allow * on * in the second statement',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
          {"Sid": "Admin", "Effect": "Allow", "Action": ["*"], "Resource": ["*"]}]}
      `,
      errors: [{ messageId: 'admin', path: ['Statement', 1, 'Action', 0], message: 'Statement Admin' }],
    },
    {
      name: 'role inline policy in one Fn::If branch',
      yaml: `
        Conditions:
          IsDev: !Equals [!Ref AWS::StackName, dev]
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
                - PolicyName: app
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: !If [IsDev, "*", "s3:GetObject"]
                        Resource: "*"
      `,
      errors: [{ messageId: 'admin', path: ['Resources', 'Role', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action', 'Fn::If', 1], line: 17, column: 37, message: 'when condition IsDev is true' }],
    },
  ],
});
