import rule from '../../../rules/iam/iam-trust-policy-any-principal';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Principal * restricted to the organization (a naive rule flags the *)',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals:
                        aws:PrincipalOrgID: o-abc123
      `,
    },
    {
      name: 'service principal',
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
      `,
    },
  ],
  invalid: [
    {
      name: 'Principal "*"',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: sts:AssumeRole
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal'], line: 8, column: 24 }],
    },
    {
      name: 'AWS * from a parameter default, with a condition that admits anyone',
      yaml: `
        Parameters:
          Trusted:
            Type: String
            Default: "*"
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: !Ref Trusted}
                    Action: sts:AssumeRole
                    Condition:
                      StringLike:
                        aws:PrincipalArn: "*"
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'AWS'], line: 12, column: 30 }],
    },
  ],
});
