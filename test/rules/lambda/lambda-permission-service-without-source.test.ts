import rule from '../../../rules/lambda/lambda-permission-service-without-source';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'S3 with SourceArn and SourceAccount',
      yaml: `
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: !Ref Handler
              Principal: s3.amazonaws.com
              SourceArn: !GetAtt Uploads.Arn
              SourceAccount: !Ref AWS::AccountId
          Handler:
            Type: AWS::Lambda::Function
          Uploads:
            Type: AWS::S3::Bucket
      `,
    },
    {
      name: 'account principal needs no source (a naive rule flags every permission without SourceArn)',
      yaml: `
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: handler
              Principal: !Ref AWS::AccountId
      `,
    },
    {
      name: 'source in one Fn::If branch counts as present',
      yaml: `
        Conditions:
          Scoped: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: handler
              Principal: events.amazonaws.com
              SourceArn: !If [Scoped, !GetAtt Rule.Arn, !Ref AWS::NoValue]
          Rule:
            Type: AWS::Events::Rule
      `,
    },
  ],
  invalid: [
    {
      name: 'S3 without source',
      yaml: `
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: !Ref Handler
              Principal: s3.amazonaws.com
          Handler:
            Type: AWS::Lambda::Function
      `,
      errors: [{ messageId: 'noSource', path: ['Resources', 'Permission', 'Properties', 'Principal'], line: 7, column: 18, message: 'lets s3.amazonaws.com invoke function Handler' }],
      output: `
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: !Ref Handler
              Principal: s3.amazonaws.com
              SourceAccount: !Ref AWS::AccountId
          Handler:
            Type: AWS::Lambda::Function
      `,
    },
    {
      name: 'service principal from a parameter Default',
      yaml: `
        Parameters:
          Service:
            Type: String
            Default: sns.amazonaws.com
        Resources:
          Permission:
            Type: AWS::Lambda::Permission
            Properties:
              Action: lambda:InvokeFunction
              FunctionName: handler
              Principal: !Ref Service
      `,
      errors: [{ messageId: 'noSource', path: ['Resources', 'Permission', 'Properties', 'Principal'], line: 11, column: 18 }],
    },
  ],
});
