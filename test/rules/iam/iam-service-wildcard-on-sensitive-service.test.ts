import rule from '../../../rules/iam/iam-service-wildcard-on-sensitive-service';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'a wildcard on a service that is not sensitive, and named actions',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["cloudwatch:*", "kms:Decrypt", "iam:Get*"], "Resource": "*"}]}
      `,
    },
    {
      name: 'Deny iam:* is a guard, not a grant (a naive rule flags the wildcard)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "iam:*", "Resource": "*"}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'iam:* and KMS:* (case-insensitive)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Sid": "Ops", "Effect": "Allow", "Action": ["iam:*", "KMS:*", "s3:GetObject"], "Resource": "*"}]}
      `,
      errors: [
        { messageId: 'serviceWildcard', path: ['Statement', 0, 'Action', 0], message: 'Statement Ops of the' },
        { messageId: 'serviceWildcard', path: ['Statement', 0, 'Action', 1], message: 'every kms action' },
      ],
    },
    {
      name: 'parameter default supplies s3:*',
      yaml: `
        Parameters:
          DataAction:
            Type: String
            Default: "s3:*"
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: !Ref DataAction
                    Resource: "*"
      `,
      errors: [{ messageId: 'serviceWildcard', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action'], line: 12, column: 21 }],
    },
  ],
});
