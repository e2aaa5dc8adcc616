import rule from '../../../rules/iam/iam-mfa-condition-pitfall';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'Deny with BoolIfExists false',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "NotAction": "iam:EnableMFADevice", "Resource": "*",
          "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}
      `,
    },
    {
      name: 'Allow with Bool true and Deny with Null age true (both correct; a naive rule flags Null)',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "iam:*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}},
          {"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Null": {"aws:MultiFactorAuthAge": "true"}}}]}
      `,
    },
  ],
  invalid: [
    {
      name: 'Deny with Bool false: renamed to BoolIfExists',
      yaml: `
        Resources:
          ForceMfa:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    NotAction: iam:EnableMFADevice
                    Resource: "*"
                    Condition:
                      Bool:
                        aws:MultiFactorAuthPresent: "false"
      `,
      errors: [{ messageId: 'denyBool', path: ['Resources', 'ForceMfa', 'Properties', 'PolicyDocument', 'Statement', 0, 'Condition', 'Bool', 'aws:MultiFactorAuthPresent'], line: 12, column: 17 }],
      output: `
        Resources:
          ForceMfa:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    NotAction: iam:EnableMFADevice
                    Resource: "*"
                    Condition:
                      BoolIfExists:
                        aws:MultiFactorAuthPresent: "false"
      `,
    },
    {
      name: 'Deny with Bool false next to another Bool key: only the MFA key moves',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*",
          "Condition": {"Bool": {"aws:SecureTransport": "true", "aws:MultiFactorAuthPresent": "false"}}}]}
      `,
      errors: [{ messageId: 'denyBool', path: ['Statement', 0, 'Condition', 'Bool', 'aws:MultiFactorAuthPresent'] }],
      output: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*",
          "Condition": {"Bool": {"aws:SecureTransport": "true"}, "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}
      `,
    },
    {
      name: 'Null forms and the inverted Allow (Parliament BAD_PATTERN_FOR_MFA)',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Null": {"aws:MultiFactorAuthPresent": "true"}}},
          {"Effect": "Allow", "Action": "ec2:*", "Resource": "*", "Condition": {"Null": {"AWS:MultiFactorAuthPresent": "false"}}},
          {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}]}
      `,
      errors: [
        { messageId: 'denyNull', path: ['Statement', 0, 'Condition', 'Null', 'aws:MultiFactorAuthPresent'] },
        { messageId: 'allowNull', path: ['Statement', 1, 'Condition', 'Null', 'AWS:MultiFactorAuthPresent'] },
        { messageId: 'allowFalse', path: ['Statement', 2, 'Condition', 'Bool', 'aws:MultiFactorAuthPresent'] },
      ],
    },
    {
      name: 'Deny under Fn::If: reported with the condition, no fix',
      yaml: `
        Conditions:
          Enforce: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          ForceMfa:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - !If
                    - Enforce
                    - Effect: Deny
                      Action: "*"
                      Resource: "*"
                      Condition:
                        Bool: {aws:MultiFactorAuthPresent: false}
                    - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'denyBool', path: ['Resources', 'ForceMfa', 'Properties', 'PolicyDocument', 'Statement', 0, 'Fn::If', 1, 'Condition', 'Bool', 'aws:MultiFactorAuthPresent'], line: 15, column: 24, message: 'when condition Enforce is true' }],
    },
  ],
});
