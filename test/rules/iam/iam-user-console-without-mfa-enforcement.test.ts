import rule from '../../../rules/iam/iam-user-console-without-mfa-enforcement';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'console user in a group with a deny-unless-MFA policy',
      yaml: `
        Resources:
          MfaRequired:
            Type: AWS::IAM::Group
          ForceMfa:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Groups: [!Ref MfaRequired]
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    NotAction: [iam:EnableMFADevice, iam:ListMFADevices, iam:ChangePassword]
                    Resource: "*"
                    Condition:
                      BoolIfExists:
                        aws:MultiFactorAuthPresent: "false"
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: [!Ref MfaRequired]
              LoginProfile:
                Password: !Ref AWS::StackName
                PasswordResetRequired: true
      `,
    },
    {
      name: 'Bool false deny works for console sessions (a naive rule treats it as the pitfall)',
      yaml: `
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: initial
              Policies:
                - PolicyName: force-mfa
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        NotAction: iam:EnableMFADevice
                        Resource: "*"
                        Condition:
                          Bool:
                            aws:MultiFactorAuthPresent: "false"
      `,
    },
    {
      name: 'group joined through AWS::IAM::UserToGroupAddition, deny by Null MultiFactorAuthAge',
      yaml: `
        Resources:
          Everyone:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: force-mfa
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        NotAction: iam:EnableMFADevice
                        Resource: "*"
                        Condition:
                          "Null":
                            aws:MultiFactorAuthAge: "true"
          Join:
            Type: AWS::IAM::UserToGroupAddition
            Properties:
              GroupName: !Ref Everyone
              Users: [!Ref Carol]
          Carol:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: initial
      `,
    },
    {
      name: 'programmatic user without a console password',
      yaml: `
        Resources:
          Ci:
            Type: AWS::IAM::User
            Properties:
              UserName: ci
      `,
    },
  ],
  invalid: [
    {
      name: 'console user with no MFA policy anywhere',
      yaml: `
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: initial
                PasswordResetRequired: true
      `,
      errors: [{ messageId: 'noGuard', path: ['Resources', 'Alice', 'Properties', 'LoginProfile'], line: 5, column: 7 }],
    },
    {
      name: 'the only deny uses Null MultiFactorAuthPresent, which console sessions pass; LoginProfile under Fn::If',
      yaml: `
        Conditions:
          Console: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Bob:
            Type: AWS::IAM::User
            Properties:
              LoginProfile: !If [Console, {Password: initial}, !Ref AWS::NoValue]
              Policies:
                - PolicyName: keys-need-mfa
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        Action: "*"
                        Resource: "*"
                        Condition:
                          "Null":
                            aws:MultiFactorAuthPresent: "true"
      `,
      errors: [{ messageId: 'weakGuard', path: ['Resources', 'Bob', 'Properties', 'LoginProfile'], line: 7, column: 7, message: 'when condition Console is true' }],
    },
  ],
});
