import rule from '../../../rules/directoryservice/directory-service-password-plaintext';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'NoEcho parameter without Default',
      yaml: `
        Parameters:
          PasswordParameter:
            Type: String
            NoEcho: true
        Resources:
          SimpleAD:
            Type: AWS::DirectoryService::SimpleAD
            Properties:
              Name: corp.example.com
              Password: !Ref PasswordParameter
              Size: Small
      `,
    },
    {
      name: 'empty parameter Default holds no secret (a naive rule flags every Default)',
      yaml: `
        Parameters:
          PasswordParameter:
            Type: String
            NoEcho: true
            Default: ""
        Resources:
          Directory:
            Type: AWS::DirectoryService::MicrosoftAD
            Properties:
              Name: corp.example.com
              Password: !Ref PasswordParameter
      `,
    },
  ],
  invalid: [
    {
      name: 'literal Microsoft AD password',
      yaml: `
        Resources:
          Directory:
            Type: AWS::DirectoryService::MicrosoftAD
            Properties:
              Name: corp.example.com
              Password: Sup3rS3cret!
      `,
      errors: [{ messageId: 'literal', path: ['Resources', 'Directory', 'Properties', 'Password'], line: 6, column: 17, message: 'Managed Microsoft AD directory Directory' }],
      output: `
        Resources:
          Directory:
            Type: AWS::DirectoryService::MicrosoftAD
            Properties:
              Name: corp.example.com
              Password: "{{resolve:secretsmanager:DirectorySecret:SecretString:password}}"
      `,
    },
    {
      name: 'Simple AD password from a parameter Default',
      yaml: `
        Parameters:
          PasswordParameter:
            Type: String
            Default: Sup3rS3cret!
        Resources:
          SimpleAD:
            Type: AWS::DirectoryService::SimpleAD
            Properties:
              Name: corp.example.com
              Password: !Ref PasswordParameter
              Size: Small
      `,
      errors: [{ messageId: 'paramDefault', path: ['Resources', 'SimpleAD', 'Properties', 'Password'], line: 10, column: 17, message: 'Simple AD directory SimpleAD' }],
    },
  ],
});
