import rule from '../../../rules/cognito/cognito-user-pool-mfa-off';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'MFA on',
      yaml: `
        Resources:
          Pool:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: "ON"
              EnabledMfas: [SOFTWARE_TOKEN_MFA]
      `,
    },
    {
      name: 'OPTIONAL in both branches and an unknown parameter (a naive rule flags the If)',
      yaml: `
        Parameters:
          Mfa:
            Type: String
        Conditions:
          Strict: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Pool:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: !If [Strict, "ON", OPTIONAL]
          Pool2:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: !Ref Mfa
      `,
    },
  ],
  invalid: [
    {
      name: 'no MfaConfiguration (default OFF)',
      yaml: `
        Resources:
          Pool:
            Type: AWS::Cognito::UserPool
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Pool'], line: 2, column: 3 }],
      output: `
        Resources:
          Pool:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: OPTIONAL
              EnabledMfas:
                - SOFTWARE_TOKEN_MFA
      `,
    },
    {
      name: 'OFF with software tokens already enabled: the fix only changes the setting',
      yaml: `
        Resources:
          Pool:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: "OFF"
              EnabledMfas: [SOFTWARE_TOKEN_MFA]
      `,
      errors: [{ messageId: 'off', path: ['Resources', 'Pool', 'Properties', 'MfaConfiguration'], line: 5, column: 25 }],
      output: `
        Resources:
          Pool:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: OPTIONAL
              EnabledMfas: [SOFTWARE_TOKEN_MFA]
      `,
    },
    {
      name: 'OFF from a parameter default',
      yaml: `
        Parameters:
          Mfa:
            Type: String
            Default: "OFF"
        Resources:
          Pool:
            Type: AWS::Cognito::UserPool
            Properties:
              MfaConfiguration: !Ref Mfa
      `,
      errors: [{ messageId: 'off', path: ['Resources', 'Pool', 'Properties', 'MfaConfiguration'], line: 9, column: 25, message: 'from the Default of parameter Mfa' }],
    },
  ],
});
