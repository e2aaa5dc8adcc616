import rule from '../../../rules/ec2/launch-template-imdsv1-enabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'IMDSv2 required',
      yaml: `
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                ImageId: ami-12345678
                MetadataOptions:
                  HttpTokens: required
                  HttpPutResponseHopLimit: 2
      `,
    },
    {
      name: 'metadata endpoint disabled (a naive rule flags the missing HttpTokens)',
      yaml: `
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                ImageId: ami-12345678
                MetadataOptions:
                  HttpEndpoint: !Ref MetadataEndpoint
        Parameters:
          MetadataEndpoint:
            Type: String
            Default: disabled
      `,
    },
  ],
  invalid: [
    {
      name: 'no metadata options',
      yaml: `
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                ImageId: ami-12345678
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Template', 'Properties', 'LaunchTemplateData'], line: 5, column: 7 }],
      output: `
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                ImageId: ami-12345678
                MetadataOptions:
                  HttpTokens: required
      `,
    },
    {
      name: 'optional tokens, and optional in one branch',
      yaml: `
        Conditions:
          Legacy: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Explicit:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions:
                  HttpTokens: optional
          Branch:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions:
                  HttpTokens: !If [Legacy, optional, required]
      `,
      errors: [
        { messageId: 'optional', path: ['Resources', 'Explicit', 'Properties', 'LaunchTemplateData', 'MetadataOptions', 'HttpTokens'], line: 9, column: 23 },
        { messageId: 'optional', path: ['Resources', 'Branch', 'Properties', 'LaunchTemplateData', 'MetadataOptions', 'HttpTokens', 'Fn::If', 1], line: 15, column: 36, message: 'when condition Legacy is true' },
      ],
      output: `
        Conditions:
          Legacy: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Explicit:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions:
                  HttpTokens: required
          Branch:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions:
                  HttpTokens: !If [Legacy, optional, required]
      `,
    },
  ],
});
