import rule from '../../../rules/cognito/cognito-identity-pool-unauthenticated-access';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'unauthenticated identities off',
      yaml: `
        Resources:
          Identities:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: false
      `,
    },
    {
      name: 'parameter without Default is unknown (a naive rule flags any non-false value)',
      yaml: `
        Parameters:
          AllowGuests:
            Type: String
        Resources:
          Identities:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: !Ref AllowGuests
      `,
    },
  ],
  invalid: [
    {
      name: 'quoted true',
      yaml: `
        Resources:
          CognitoIdentityPool1:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: 'true'
      `,
      errors: [{ messageId: 'guests', path: ['Resources', 'CognitoIdentityPool1', 'Properties', 'AllowUnauthenticatedIdentities'], line: 5, column: 39 }],
      output: `
        Resources:
          CognitoIdentityPool1:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: false
      `,
    },
    {
      name: 'true from a parameter Default',
      yaml: `
        Parameters:
          AllowGuests:
            Type: String
            Default: "true"
        Resources:
          Identities:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: !Ref AllowGuests
      `,
      errors: [{ messageId: 'guests', path: ['Resources', 'Identities', 'Properties', 'AllowUnauthenticatedIdentities'], line: 9, column: 39, message: 'from the Default of parameter AllowGuests' }],
    },
  ],
});
