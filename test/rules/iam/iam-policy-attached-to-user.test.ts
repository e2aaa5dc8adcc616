import rule from '../../../rules/iam/iam-policy-attached-to-user';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'user gets permissions through a group',
      yaml: `
        Resources:
          Readers:
            Type: AWS::IAM::Group
            Properties:
              ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: [!Ref Readers]
      `,
    },
    {
      name: 'empty Policies list and a managed policy for roles only (a naive rule flags Policies)',
      yaml: `
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              Policies: []
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Roles: [app-role]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: "*"
      `,
    },
  ],
  invalid: [
    {
      name: 'inline policy and managed policy on a user',
      yaml: `
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: s3:GetObject
                        Resource: "*"
      `,
      errors: [
        { messageId: 'managed', path: ['Resources', 'Alice', 'Properties', 'ManagedPolicyArns'], line: 5, column: 26 },
        { messageId: 'inline', path: ['Resources', 'Alice', 'Properties', 'Policies'], line: 7, column: 9 },
      ],
    },
    {
      name: 'AWS::IAM::Policy with Users only when a condition holds',
      yaml: `
        Conditions:
          HasUser: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Policy:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: p
              Users: !If [HasUser, [alice], !Ref AWS::NoValue]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: "*"
      `,
      errors: [{ messageId: 'policyUsers', path: ['Resources', 'Policy', 'Properties', 'Users', 'Fn::If', 1], line: 8, column: 28, message: 'when condition HasUser is true' }],
    },
  ],
});
