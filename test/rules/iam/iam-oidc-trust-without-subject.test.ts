import rule from '../../../rules/iam/iam-oidc-trust-without-subject';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'GitHub Actions pinned to one repository',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      Federated: !Sub arn:aws:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
                    Action: sts:AssumeRoleWithWebIdentity
                    Condition:
                      StringEquals:
                        token.actions.githubusercontent.com:aud: sts.amazonaws.com
                      StringLike:
                        token.actions.githubusercontent.com:sub: repo:my-org/my-repo:*
      `,
    },
    {
      name: 'Cognito identity pool with aud, and a subject from a parameter without default (unknown, not reported)',
      yaml: `
        Parameters:
          Subject:
            Type: String
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Federated: cognito-identity.amazonaws.com}
                    Action: sts:AssumeRoleWithWebIdentity
                    Condition:
                      StringEquals:
                        cognito-identity.amazonaws.com:aud: us-east-1:12345678-abcd
                  - Effect: Allow
                    Principal: {Federated: arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC}
                    Action: sts:AssumeRoleWithWebIdentity
                    Condition:
                      StringEquals:
                        oidc.eks.us-east-1.amazonaws.com/id/ABC:sub: !Ref Subject
      `,
    },
  ],
  invalid: [
    {
      name: 'GitHub with aud only',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      Federated: arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com
                    Action: sts:AssumeRoleWithWebIdentity
                    Condition:
                      StringEquals:
                        token.actions.githubusercontent.com:aud: sts.amazonaws.com
      `,
      errors: [{ messageId: 'noSub', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'Federated'], line: 9, column: 26 }],
    },
    {
      name: 'GitHub sub wildcard admits any repository; Cognito without aud',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      Federated: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
                    Action: sts:AssumeRoleWithWebIdentity
                    Condition:
                      StringLike:
                        token.actions.githubusercontent.com:sub: ["repo:*"]
                  - Effect: Allow
                    Principal: {Federated: cognito-identity.amazonaws.com}
                    Action: sts:AssumeRoleWithWebIdentity
      `,
      errors: [
        { messageId: 'wildSub', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Condition', 'StringLike', 'token.actions.githubusercontent.com:sub'], line: 13, column: 58 },
        { messageId: 'noAud', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 1, 'Principal', 'Federated'], line: 15, column: 36 },
      ],
    },
  ],
});
