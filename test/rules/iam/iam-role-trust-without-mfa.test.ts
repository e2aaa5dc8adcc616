import rule from '../../../rules/iam/iam-role-trust-without-mfa';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'own account with MFA',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root"}
                    Action: sts:AssumeRole
                    Condition:
                      Bool:
                        aws:MultiFactorAuthPresent: "true"
      `,
    },
    {
      name: 'services, a role principal and an external-id vendor are machines (a naive rule flags any trust)',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      Service: [ec2.amazonaws.com]
                      AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:role/pipeline"
                    Action: sts:AssumeRole
                  - Effect: Allow
                    Principal: {AWS: "111122223333"}
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals: {sts:ExternalId: vendor-123}
      `,
    },
  ],
  invalid: [
    {
      name: 'own account root without MFA, fixed by adding the condition',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: !Sub arn:aws:iam::\${AWS::AccountId}:root
                    Action: sts:AssumeRole
      `,
      errors: [{ messageId: 'noMfa', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'AWS'], line: 9, column: 20, message: "principals of this stack's account" }],
      output: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: !Sub arn:aws:iam::\${AWS::AccountId}:root
                    Action: sts:AssumeRole
                    Condition:
                      Bool:
                        aws:MultiFactorAuthPresent: "true"
      `,
    },
    {
      name: 'a user of another account restricted by PrincipalOrgID still needs MFA',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: arn:aws:iam::111122223333:user/alice}
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals: {aws:PrincipalOrgID: o-abc123}
      `,
      errors: [{ messageId: 'noMfa', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'AWS'], line: 8, column: 30, message: 'user arn:aws:iam::111122223333:user/alice' }],
    },
  ],
});
