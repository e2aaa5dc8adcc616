import rule from '../../../rules/iam/iam-passrole-any-resource';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'PassRole on one role',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/worker"}]}
      `,
    },
    {
      name: 'iam:Get* on * does not include PassRole (a naive rule flags iam: on *)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*"}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'iam:Pass* on *',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ec2:RunInstances", "iam:pass*"], "Resource": "*"}]}
      `,
      errors: [{ messageId: 'passRole', path: ['Statement', 0, 'Action', 1] }],
    },
    {
      name: 'PassRole with NotResource in a group policy',
      yaml: `
        Resources:
          Group:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: pass
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: iam:PassRole
                        NotResource: !Sub arn:aws:iam::\${AWS::AccountId}:role/admin
      `,
      errors: [{ messageId: 'passRole', path: ['Resources', 'Group', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action'], line: 10, column: 25, message: 'NotResource' }],
    },
  ],
});
