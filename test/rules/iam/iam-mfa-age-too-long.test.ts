import rule from '../../../rules/iam/iam-mfa-age-too-long';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'one hour',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}}]}
      `,
    },
    {
      name: 'a long age in a Deny with NumericLessThan is not a bound (a naive rule compares every age)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "999999"}}}]}
      `,
    },
    {
      name: 'a longer maximum configured',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*", "Condition": {"NumericLessThanEquals": {"aws:MultiFactorAuthAge": 86400}}}]}
      `,
      settings: { rules: { 'iam-mfa-age-too-long': { options: { maxAgeSeconds: 86400 } } } },
    },
  ],
  invalid: [
    {
      name: 'a week in an Allow, lowered to 12 hours',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "604800"}}}]}
      `,
      errors: [{ messageId: 'tooLong', path: ['Statement', 0, 'Condition', 'NumericLessThan', 'aws:MultiFactorAuthAge'], message: '168 h (604800 s)' }],
      output: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "43200"}}}]}
      `,
    },
    {
      name: 'a deny after a day, from a parameter default',
      yaml: `
        Parameters:
          MaxAge:
            Type: String
            Default: "86400"
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Action: "*"
                    Resource: "*"
                    Condition:
                      NumericGreaterThan:
                        aws:MultiFactorAuthAge: !Ref MaxAge
      `,
      errors: [{ messageId: 'tooLong', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Condition', 'NumericGreaterThan', 'aws:MultiFactorAuthAge'], line: 16, column: 41 }],
    },
  ],
});
