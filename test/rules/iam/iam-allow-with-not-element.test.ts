import rule from '../../../rules/iam/iam-allow-with-not-element';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Deny with NotAction is the intended use (a naive rule flags NotAction)',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": ["iam:ChangePassword"], "Resource": "*",
          "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}
      `,
    },
    {
      name: 'plain Allow',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'Allow with NotAction and NotResource',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "NotAction": "iam:*", "NotResource": "arn:aws:s3:::secret/*"}]}
      `,
      errors: [
        { messageId: 'notAction', path: ['Statement', 0, 'NotAction'] },
        { messageId: 'notResource', path: ['Statement', 0, 'NotResource'] },
      ],
    },
    {
      name: 'bucket policy Allow with NotPrincipal, under a condition',
      yaml: `
        Conditions:
          Shared: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
          BucketPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Bucket
              PolicyDocument:
                Statement: !If
                  - Shared
                  - - Effect: Allow
                      NotPrincipal: {AWS: arn:aws:iam::111122223333:root}
                      Action: s3:GetObject
                      Resource: !Sub "\${Bucket.Arn}/*"
                  - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'notPrincipal', path: ['Resources', 'BucketPolicy', 'Properties', 'PolicyDocument', 'Statement', 'Fn::If', 1, 0, 'NotPrincipal'], line: 14, column: 15, message: 'when condition Shared is true' }],
    },
  ],
});
