import rule from '../../../rules/lambda/lambda-environment-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'variables with a customer key',
      yaml: `
        Resources:
          Handler:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Role: arn:aws:iam::123456789012:role/handler
              Code: { ZipFile: 'def handler(e, c): pass' }
              KmsKeyArn: !GetAtt EnvKey.Arn
              Environment:
                Variables:
                  TABLE: orders
          EnvKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'no environment variables, nothing to encrypt (a naive rule flags it)',
      yaml: `
        Resources:
          Handler:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Role: arn:aws:iam::123456789012:role/handler
              Code: { ZipFile: 'def handler(e, c): pass' }
              Environment:
                Variables: {}
      `,
    },
  ],
  invalid: [
    {
      name: 'variables without a key',
      yaml: `
        Resources:
          Handler:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Role: arn:aws:iam::123456789012:role/handler
              Code: { ZipFile: 'def handler(e, c): pass' }
              Environment:
                Variables:
                  TABLE: !Ref Table
          Table:
            Type: AWS::DynamoDB::Table
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Handler'], line: 2, column: 3 }],
    },
    {
      name: 'SAM function with a key only in one Fn::If branch',
      yaml: `
        Transform: AWS::Serverless-2016-10-31
        Conditions:
          Prod: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Handler:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: nodejs20.x
              Handler: index.handler
              InlineCode: 'exports.handler = async () => {}'
              KmsKeyArn: !If [Prod, arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab, !Ref AWS::NoValue]
              Environment:
                Variables:
                  STAGE: dev
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Handler', 'Properties', 'KmsKeyArn'], line: 11, column: 7, message: 'when condition Prod is false' }],
    },
  ],
});
