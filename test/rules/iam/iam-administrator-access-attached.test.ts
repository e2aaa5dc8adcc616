import rule from '../../../rules/iam/iam-administrator-access-attached';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'ReadOnlyAccess and a customer policy named like admin (a naive rule matches the substring)',
      yaml: `
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: ec2.amazonaws.com}
                    Action: sts:AssumeRole
              ManagedPolicyArns:
                - arn:aws:iam::aws:policy/ReadOnlyAccess
                - arn:aws:iam::111122223333:policy/AdministratorAccessReview
      `,
    },
  ],
  invalid: [
    {
      name: 'literal ARN on a group',
      yaml: `
        Resources:
          Admins:
            Type: AWS::IAM::Group
            Properties:
              ManagedPolicyArns:
                - arn:aws:iam::aws:policy/AdministratorAccess
      `,
      errors: [{ messageId: 'admin', path: ['Resources', 'Admins', 'Properties', 'ManagedPolicyArns', 0], line: 6, column: 11 }],
    },
    {
      name: '!Sub with the partition on a role',
      yaml: `
        Resources:
          Deploy:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: cloudformation.amazonaws.com}
                    Action: sts:AssumeRole
              ManagedPolicyArns:
                - !Sub arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess
      `,
      errors: [{ messageId: 'admin', path: ['Resources', 'Deploy', 'Properties', 'ManagedPolicyArns', 0], line: 11, column: 11, message: 'Role Deploy' }],
    },
  ],
});
