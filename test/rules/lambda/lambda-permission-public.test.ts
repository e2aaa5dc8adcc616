import rule from '../../../rules/lambda/lambda-permission-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'a service principal with a source ARN',
      yaml: `
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              Role: arn:aws:iam::111122223333:role/fn
              Code: {ZipFile: "def handler(e, c): return 1"}
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: !GetAtt Fn.Arn
              Action: lambda:InvokeFunction
              Principal: sns.amazonaws.com
              SourceArn: !Ref Topic
          Topic:
            Type: AWS::SNS::Topic
      `,
    },
    {
      name: 'principal from a parameter without Default is unknown',
      yaml: `
        Parameters:
          Who:
            Type: String
        Resources:
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Action: lambda:InvokeFunction
              Principal: !Ref Who
      `,
    },
  ],
  invalid: [
    {
      name: 'anyone may invoke',
      yaml: `
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              Role: arn:aws:iam::111122223333:role/fn
              Code: {ZipFile: "def handler(e, c): return 1"}
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: !Ref Fn
              Action: lambda:InvokeFunction
              Principal: "*"
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Invoke', 'Properties', 'Principal'], line: 14, column: 18, message: 'function Fn' }],
    },
    {
      name: 'Principal * narrowed by SourceAccount (reported low, names the fix)',
      yaml: `
        Resources:
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Action: lambda:InvokeFunction
              Principal: "*"
              SourceAccount: !Ref AWS::AccountId
      `,
      errors: [{ messageId: 'narrowed', path: ['Resources', 'Invoke', 'Properties', 'Principal'], line: 7, column: 18, message: 'narrowed only by SourceAccount' }],
    },
    {
      name: 'public function URL',
      yaml: `
        Resources:
          Url:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Action: lambda:InvokeFunctionUrl
              Principal: "*"
              FunctionUrlAuthType: NONE
      `,
      errors: [{ messageId: 'publicUrl', path: ['Resources', 'Url', 'Properties', 'Principal'], line: 7, column: 18 }],
    },
  ],
});
