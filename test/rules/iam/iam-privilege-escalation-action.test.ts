import rule from '../../../rules/iam/iam-privilege-escalation-action';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'self-service access keys on the caller only (a naive rule flags CreateAccessKey)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:CreateAccessKey", "iam:UpdateLoginProfile"], "Resource": "arn:aws:iam::*:user/\${aws:username}"}]}
      `,
    },
    {
      name: 'read-only IAM',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'Attach* pattern and CreatePolicyVersion',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "iam:Attach*", "iam:CreatePolicyVersion"], "Resource": "*"}]}
      `,
      errors: [{ messageId: 'escalation', path: ['Statement', 0, 'Action', 1], message: 'iam:AttachUserPolicy, iam:AttachGroupPolicy, iam:AttachRolePolicy and 1 more' }],
    },
    {
      name: 'lambda:UpdateFunctionCode on a function from a parameter default',
      yaml: `
        Parameters:
          FunctionArn:
            Type: String
            Default: arn:aws:lambda:us-east-1:111122223333:function:app
        Resources:
          Policy:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: deploy
              Roles: [ci-role]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: lambda:UpdateFunctionCode
                    Resource: !Ref FunctionArn
      `,
      errors: [{ messageId: 'escalation', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action'], line: 14, column: 21, message: "function's role" }],
    },
  ],
});
