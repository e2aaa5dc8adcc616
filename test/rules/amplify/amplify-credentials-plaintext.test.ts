import rule from '../../../rules/amplify/amplify-credentials-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'token from Secrets Manager',
      yaml: `
        Resources:
          App:
            Type: AWS::Amplify::App
            Properties:
              Name: web
              AccessToken: '{{resolve:secretsmanager:GitHubToken:SecretString:token}}'
      `,
    },
    {
      name: 'basic auth username is not a secret (a naive rule flags all of BasicAuthConfig)',
      yaml: `
        Parameters:
          PreviewPassword:
            Type: String
            NoEcho: true
        Resources:
          Branch:
            Type: AWS::Amplify::Branch
            Properties:
              AppId: !GetAtt App.AppId
              BranchName: preview
              BasicAuthConfig:
                EnableBasicAuth: true
                Username: preview
                Password: !Ref PreviewPassword
          App:
            Type: AWS::Amplify::App
            Properties:
              Name: web
      `,
    },
  ],
  invalid: [
    {
      name: 'literal access token',
      yaml: `
        Resources:
          App:
            Type: AWS::Amplify::App
            Properties:
              Name: web
              AccessToken: ghp_0123456789abcdefghijklmnopqrstuvwxyz
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'App', 'Properties', 'AccessToken'], line: 6, column: 20, message: 'AccessToken of Amplify app App' }],
      output: `
        Resources:
          App:
            Type: AWS::Amplify::App
            Properties:
              Name: web
              AccessToken: "{{resolve:secretsmanager:AppSecret:SecretString:token}}"
      `,
    },
    {
      name: 'branch basic auth password literal and app OAuth token from a Default',
      yaml: `
        Parameters:
          Token:
            Type: String
            NoEcho: true
            Default: gho_abcdefabcdef
        Resources:
          App:
            Type: AWS::Amplify::App
            Properties:
              Name: web
              OauthToken: !Ref Token
          Branch:
            Type: AWS::Amplify::Branch
            Properties:
              AppId: !GetAtt App.AppId
              BranchName: preview
              BasicAuthConfig:
                Username: preview
                Password: letmein123
      `,
      errors: [
        { messageId: 'paramDefault', path: ['Resources', 'App', 'Properties', 'OauthToken'], line: 11, column: 19 },
        { messageId: 'literal', path: ['Resources', 'Branch', 'Properties', 'BasicAuthConfig', 'Password'], line: 19, column: 19, message: 'Amplify branch Branch' },
      ],
    },
  ],
});
