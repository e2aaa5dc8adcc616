import rule from '../../../rules/lambda/lambda-permission-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'service principal with SourceArn',
      yaml: `
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: !Ref Handler
              Principal: sns.amazonaws.com
              SourceArn: !Ref Topic
          Handler:
            Type: AWS::Lambda::Function
          Topic:
            Type: AWS::SNS::Topic
      `,
    },
    {
      name: 'account principal written as a number (a naive rule compares strings only)',
      yaml: `
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: handler
              Principal: 555555555555
      `,
    },
  ],
  invalid: [
    {
      name: 'anyone may invoke',
      yaml: `
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: !Ref Handler
              Principal: "*"
          Handler:
            Type: AWS::Lambda::Function
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Permission', 'Properties', 'Principal'], line: 7, column: 18, message: 'call lambda:InvokeFunction on function Handler' }],
    },
    {
      name: 'wildcard narrowed only by source',
      yaml: `
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: handler
              Principal: "*"
              SourceAccount: "806199016981"
              SourceArn: arn:aws:sns:us-east-1:806199016981:AmazonIpSpaceChanged
      `,
      errors: [{ messageId: 'narrowed', path: ['Resources', 'Permission', 'Properties', 'Principal'], line: 7, column: 18, message: 'narrowed only by SourceArn and SourceAccount' }],
    },
    {
      name: 'public function URL from a parameter Default',
      yaml: `
        Parameters:
          Who:
            Type: String
            Default: "*"
        Resources:
          UrlPermission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunctionUrl
              FunctionName: !Ref Handler
              Principal: !Ref Who
              FunctionUrlAuthType: NONE
          Handler:
            Type: AWS::Lambda::Function
      `,
      errors: [{ messageId: 'publicUrl', path: ['Resources', 'UrlPermission', 'Properties', 'Principal'], line: 11, column: 18 }],
    },
  ],
});
