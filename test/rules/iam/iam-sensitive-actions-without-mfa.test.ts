import rule from '../../../rules/iam/iam-sensitive-actions-without-mfa';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'MFA required by Bool true',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*",
          "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]}
      `,
    },
    {
      name: 'MFA age bound and Null age false (key present means MFA was used)',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "kms:ScheduleKeyDeletion", "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}},
          {"Effect": "Allow", "Action": "iam:CreateUser", "Resource": "*", "Condition": {"Null": {"aws:MultiFactorAuthAge": "false"}}}]}
      `,
    },
    {
      name: 'a deny-unless-MFA in the same policy covers the allow',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "iam:*", "Resource": "*"},
          {"Effect": "Deny", "NotAction": ["iam:EnableMFADevice", "iam:ListMFADevices"], "Resource": "*", "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]}
      `,
    },
    {
      name: 'a deny after one hour of MFA age, IfExists so requests without MFA are denied too',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": ["iam:CreateUser", "s3:DeleteBucket"], "Resource": "*"},
          {"Effect": "Deny", "Action": ["iam:*", "s3:DeleteBucket"], "Resource": "*", "Condition": {"NumericGreaterThanIfExists": {"aws:MultiFactorAuthAge": "3600"}}}]}
      `,
    },
    {
      name: 'user protected by a managed policy referenced from its ManagedPolicyArns',
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
                      BoolIfExists: {aws:MultiFactorAuthPresent: "false"}
          Dave:
            Type: AWS::IAM::User
            Properties:
              ManagedPolicyArns: [!Ref ForceMfa]
              Policies:
                - PolicyName: ops
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: kms:ScheduleKeyDeletion
                        Resource: "*"
      `,
    },
    {
      name: 'role trusted only by a service (a naive rule flags any policy)',
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
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: iam:CreateUser
                        Resource: "*"
      `,
    },
    {
      name: "user protected by its group's deny-unless-MFA policy (cross-policy)",
      yaml: `
        Resources:
          MfaRequired:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: force-mfa
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        NotAction: [iam:EnableMFADevice, sts:GetSessionToken]
                        Resource: "*"
                        Condition:
                          BoolIfExists:
                            aws:MultiFactorAuthPresent: "false"
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: [!Ref MfaRequired]
          Admin:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Users: [!Ref Alice]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: iam:*
                    Resource: "*"
      `,
    },
    {
      name: 'role assumed by another role (a machine chaining roles)',
      yaml: `
        Resources:
          Deploy:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:role/pipeline"}
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: iam:PutRolePolicy
                        Resource: "*"
      `,
    },
    {
      name: 'role that people can assume only with MFA',
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
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: iam:CreateUser
                        Resource: "*"
      `,
    },
  ],
  invalid: [
    {
      name: 'iam:* without MFA, with a fix',
      policy: `
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: iam:*
            Resource: "*"
      `,
      errors: [{ messageId: 'noMfa', path: ['Statement', 0, 'Action'], message: 'more without MFA' }],
    },
    {
      name: 'ForAllValues:Bool is vacuously true without the key, like IfExists',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:DeleteUser", "Resource": "*",
          "Condition": {"ForAllValues:Bool": {"aws:MultiFactorAuthPresent": ["true"]}}}]}
      `,
      errors: [{ messageId: 'ifExists', path: ['Statement', 0, 'Condition', 'ForAllValues:Bool', 'aws:MultiFactorAuthPresent'], message: 'iam:DeleteUser' }],
    },
    {
      name: 'a deny with the Bool pitfall does not protect against long-term keys',
      policy: `
        {"Version": "2012-10-17", "Statement": [
          {"Effect": "Allow", "Action": "iam:AttachUserPolicy", "Resource": "*"},
          {"Effect": "Deny", "NotAction": "iam:EnableMFADevice", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}]}
      `,
      errors: [{ messageId: 'noMfa', path: ['Statement', 0, 'Action'], message: 'can iam:AttachUserPolicy without MFA' }],
    },
    {
      name: 'BoolIfExists on an Allow lets long-term keys through',
      policy: `
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:ScheduleKeyDeletion", "Resource": "*",
          "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"}}}]}
      `,
      errors: [{ messageId: 'ifExists', path: ['Statement', 0, 'Condition', 'BoolIfExists', 'aws:MultiFactorAuthPresent'] }],
    },
    {
      name: 'group policy, the deny in another group does not protect these members; who is named',
      yaml: `
        Resources:
          Ops:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: ops
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [cloudtrail:StopLogging, s3:GetObject]
                        Resource: "*"
      `,
      errors: [{ messageId: 'noMfa', path: ['Resources', 'Ops', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action', 0], line: 10, column: 26, message: 'Members of group Ops can cloudtrail:StopLogging without MFA' }],
      output: `
        Resources:
          Ops:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: ops
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [cloudtrail:StopLogging, s3:GetObject]
                        Resource: "*"
                        Condition:
                          Bool:
                            aws:MultiFactorAuthPresent: "true"
      `,
    },
    {
      name: 'managed policy on two users: only the one outside the MFA group is reported',
      yaml: `
        Resources:
          MfaRequired:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: force-mfa
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        Action: "*"
                        Resource: "*"
                        Condition:
                          "Null":
                            aws:MultiFactorAuthAge: "true"
          Alice:
            Type: AWS::IAM::User
            Properties:
              Groups: [!Ref MfaRequired]
          Bob:
            Type: AWS::IAM::User
          Admin:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Users: [!Ref Alice, !Ref Bob]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: iam:CreateAccessKey
                    Resource: "*"
      `,
      errors: [{ messageId: 'noMfa', path: ['Resources', 'Admin', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action'], line: 28, column: 21, message: 'User Bob can iam:CreateAccessKey without MFA' }],
    },
  ],
});
