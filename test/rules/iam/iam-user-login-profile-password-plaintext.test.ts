import rule from '../../../rules/iam/iam-user-login-profile-password-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'user without a console password',
      yaml: `
        Resources:
          Alice:
            Type: AWS::IAM::User
      `,
    },
    {
      name: 'password from SSM SecureString',
      yaml: `
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: '{{resolve:ssm-secure:/users/alice/initial:1}}'
                PasswordResetRequired: true
      `,
    },
    {
      name: 'NoEcho parameter given as the string "true" (a naive rule only accepts a boolean)',
      yaml: `
        Parameters:
          InitialPassword:
            Type: String
            NoEcho: "true"
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: !Ref InitialPassword
      `,
    },
  ],
  invalid: [
    {
      name: 'literal console password',
      yaml: `
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: Welcome123!
                PasswordResetRequired: true
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Alice', 'Properties', 'LoginProfile', 'Password'], line: 6, column: 19, message: 'IAM user Alice' }],
      output: `
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: "{{resolve:secretsmanager:AliceSecret:SecretString:password}}"
                PasswordResetRequired: true
      `,
    },
    {
      name: 'parameter without NoEcho',
      yaml: `
        Parameters:
          InitialPassword:
            Type: String
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: !Ref InitialPassword
      `,
      errors: [{ messageId: 'paramEcho', path: ['Resources', 'Alice', 'Properties', 'LoginProfile', 'Password'], line: 9, column: 19 }],
      output: `
        Parameters:
          InitialPassword:
            Type: String
            NoEcho: true
        Resources:
          Alice:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: !Ref InitialPassword
      `,
    },
  ],
});
