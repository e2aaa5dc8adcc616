import rule from '../../../rules/lambda/lambda-function-not-in-vpc';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'in a VPC',
      yaml: `
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Role: !GetAtt Role.Arn
              Code: {ZipFile: "def handler(e, c): pass"}
              VpcConfig:
                SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                SecurityGroupIds: [!Ref Sg]
      `,
    },
    {
      name: 'subnets from a list parameter (unknown, not reported)',
      yaml: `
        Parameters:
          Subnets:
            Type: List<AWS::EC2::Subnet::Id>
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Role: !GetAtt Role.Arn
              Code: {ZipFile: "def handler(e, c): pass"}
              VpcConfig:
                SubnetIds: !Ref Subnets
                SecurityGroupIds: [!Ref Sg]
      `,
    },
  ],
  invalid: [
    {
      name: 'no VpcConfig',
      yaml: `
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Role: !GetAtt Role.Arn
              Code: {ZipFile: "def handler(e, c): pass"}
      `,
      errors: [{ messageId: 'noVpc', path: ['Resources', 'Fn'], line: 2, column: 3 }],
    },
    {
      name: 'VpcConfig only when a condition holds',
      yaml: `
        Conditions:
          UseVpc: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: app.handler
              Role: !GetAtt Role.Arn
              Code: {ZipFile: "def handler(e, c): pass"}
              VpcConfig: !If
                - UseVpc
                - SubnetIds: [!Ref SubnetA]
                  SecurityGroupIds: [!Ref Sg]
                - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'noVpc', path: ['Resources', 'Fn', 'Properties', 'VpcConfig'], line: 11, column: 7, message: 'when condition UseVpc is false' }],
    },
  ],
});
