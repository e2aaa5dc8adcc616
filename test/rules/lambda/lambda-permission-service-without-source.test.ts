import rule from '../../../rules/lambda/lambda-permission-service-without-source';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'service principal with a SourceArn from the template',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Action: lambda:InvokeFunction
              Principal: s3.amazonaws.com
              SourceArn: !GetAtt Bucket.Arn
      `,
    },
    {
      name: 'an account principal is not a service (a naive rule flags every permission)',
      yaml: `
        Resources:
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Action: lambda:InvokeFunction
              Principal: "111122223333"
      `,
    },
  ],
  invalid: [
    {
      name: 'S3 may invoke for any account',
      yaml: `
        Resources:
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Action: lambda:InvokeFunction
              Principal: s3.amazonaws.com
      `,
      errors: [{ messageId: 'noSource', path: ['Resources', 'Invoke', 'Properties', 'Principal'], line: 7, column: 18, message: 's3.amazonaws.com' }],
      output: `
        Resources:
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Action: lambda:InvokeFunction
              Principal: s3.amazonaws.com
              SourceAccount: {Ref: AWS::AccountId}
      `,
    },
    {
      name: 'service principal from a parameter Default',
      yaml: `
        Parameters:
          Caller:
            Type: String
            Default: events.amazonaws.com
        Resources:
          Invoke:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: my-function
              Action: lambda:InvokeFunction
              Principal: !Ref Caller
      `,
      errors: [{ messageId: 'noSource', path: ['Resources', 'Invoke', 'Properties', 'Principal'], line: 11, column: 18, message: 'from the Default of parameter Caller' }],
    },
  ],
});
