import rule from '../../../rules/lambda/lambda-function-deprecated-runtime';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'supported runtime',
      yaml: `
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.13
              Handler: app.handler
              Role: arn:aws:iam::111122223333:role/fn
              Code: { ZipFile: 'def handler(e, c): return 1' }
      `,
    },
    {
      name: 'container image function has no runtime',
      yaml: `
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              PackageType: Image
              Code: { ImageUri: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/fn:1 }
              Role: arn:aws:iam::111122223333:role/fn
      `,
    },
    {
      name: 'runtime from a parameter without default is unknown',
      yaml: `
        Parameters:
          Runtime:
            Type: String
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: !Ref Runtime
              Handler: index.handler
              Role: arn:aws:iam::111122223333:role/fn
      `,
    },
  ],
  invalid: [
    {
      name: 'python3.8',
      yaml: `
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.8
              Handler: app.handler
              Role: arn:aws:iam::111122223333:role/fn
      `,
      errors: [{ messageId: 'deprecated', path: ['Resources', 'Fn', 'Properties', 'Runtime'], line: 5, column: 16, message: 'deprecated since 2024-10-14' }],
    },
    {
      name: 'nodejs12.x from a parameter default in a SAM function',
      yaml: `
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          NodeRuntime:
            Type: String
            Default: nodejs12.x
        Resources:
          Api:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: !Ref NodeRuntime
              Handler: index.handler
              CodeUri: src/
      `,
      errors: [{ messageId: 'deprecated', path: ['Resources', 'Api', 'Properties', 'Runtime'], line: 10, column: 16, message: 'from the Default of parameter NodeRuntime' }],
    },
    {
      name: 'go1.x in one Fn::If branch',
      yaml: `
        Conditions:
          UseAl2023: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: !If [UseAl2023, provided.al2023, go1.x]
              Handler: bootstrap
              Role: arn:aws:iam::111122223333:role/fn
      `,
      errors: [{ messageId: 'deprecated', path: ['Resources', 'Fn', 'Properties', 'Runtime', 'Fn::If', 2], message: 'when condition UseAl2023 is false' }],
    },
  ],
});
