import rule from '../../../rules/iam/iam-cross-account-trust-without-external-id';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'vendor account with an external id',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: arn:aws:iam::111122223333:root}
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals:
                        sts:ExternalId: !Ref AWS::StackName
      `,
    },
    {
      name: 'own account through !Sub and a service (a naive rule flags every account ARN)',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root
                      Service: ec2.amazonaws.com
                    Action: sts:AssumeRole
      `,
    },
    {
      name: 'a specific role of another account (the recommended pattern; a naive rule flags every foreign ARN)',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: arn:aws:iam::111122223333:role/pipeline}
                    Action: sts:AssumeRole
      `,
    },
    {
      name: 'another account, MFA required',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: "444455556666"}
                    Action: sts:AssumeRole
                    Condition:
                      NumericLessThan:
                        aws:MultiFactorAuthAge: "3600"
      `,
    },
  ],
  invalid: [
    {
      name: 'account root and a user of another account',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: [arn:aws:iam::111122223333:root, arn:aws:iam::444455556666:user/ci]
                    Action: sts:AssumeRole
      `,
      errors: [
        { messageId: 'crossAccount', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'AWS', 0], line: 9, column: 21, message: 'account 111122223333' },
        { messageId: 'crossAccount', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'AWS', 1], line: 9, column: 53, message: 'user arn:aws:iam::444455556666:user/ci' },
      ],
    },
    {
      name: 'account from a parameter default',
      yaml: `
        Parameters:
          Partner:
            Type: String
            Default: "777788889999"
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: !Ref Partner}
                    Action: sts:AssumeRole
      `,
      errors: [{ messageId: 'crossAccount', path: ['Resources', 'Role', 'Properties', 'AssumeRolePolicyDocument', 'Statement', 0, 'Principal', 'AWS'], line: 12, column: 30, message: 'account 777788889999' }],
    },
  ],
});
