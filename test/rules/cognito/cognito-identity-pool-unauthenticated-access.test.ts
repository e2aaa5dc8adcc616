import rule from '../../../rules/cognito/cognito-identity-pool-unauthenticated-access';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'authenticated identities only',
      yaml: `
        Resources:
          Pool:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: false
      `,
    },
    {
      name: 'guests allowed only through a parameter without Default: unknown, not reported',
      yaml: `
        Parameters:
          Guests:
            Type: String
        Resources:
          Pool:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: !Ref Guests
      `,
    },
  ],
  invalid: [
    {
      name: 'guests allowed',
      yaml: `
        Resources:
          Pool:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: true
      `,
      errors: [{ messageId: 'guests', path: ['Resources', 'Pool', 'Properties', 'AllowUnauthenticatedIdentities'], line: 5, column: 39 }],
      output: `
        Resources:
          Pool:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: false
      `,
    },
    {
      name: 'guests allowed when a condition is true',
      yaml: `
        Conditions:
          Demo: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Pool:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: !If [Demo, true, false]
      `,
      errors: [{ messageId: 'guests', path: ['Resources', 'Pool', 'Properties', 'AllowUnauthenticatedIdentities', 'Fn::If', 1], line: 7, column: 50, message: 'when condition Demo is true' }],
    },
  ],
});
