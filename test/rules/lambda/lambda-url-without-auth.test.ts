import rule from '../../../rules/lambda/lambda-url-without-auth';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'IAM auth',
      yaml: `
        Resources:
          FnUrl:
            Type: AWS::Lambda::Url
            Properties:
              TargetFunctionArn: !GetAtt Fn.Arn
              AuthType: AWS_IAM
      `,
    },
    {
      name: 'auth type from a parameter without default is unknown',
      yaml: `
        Parameters:
          UrlAuth:
            Type: String
            AllowedValues: [NONE, AWS_IAM]
        Resources:
          FnUrl:
            Type: AWS::Lambda::Url
            Properties:
              TargetFunctionArn: !GetAtt Fn.Arn
              AuthType: !Ref UrlAuth
      `,
    },
  ],
  invalid: [
    {
      name: 'public URL',
      yaml: `
        Resources:
          FnUrl:
            Type: AWS::Lambda::Url
            Properties:
              TargetFunctionArn: !GetAtt Fn.Arn
              AuthType: NONE
      `,
      errors: [{ messageId: 'none', path: ['Resources', 'FnUrl', 'Properties', 'AuthType'], line: 6, column: 17 }],
    },
    {
      name: 'public through a parameter default',
      yaml: `
        Parameters:
          UrlAuth:
            Type: String
            Default: NONE
        Resources:
          FnUrl:
            Type: AWS::Lambda::Url
            Properties:
              TargetFunctionArn: !GetAtt Fn.Arn
              AuthType: !Ref UrlAuth
      `,
      errors: [{ messageId: 'none', path: ['Resources', 'FnUrl', 'Properties', 'AuthType'], line: 10, column: 17, message: 'from the Default of parameter UrlAuth' }],
    },
  ],
});
