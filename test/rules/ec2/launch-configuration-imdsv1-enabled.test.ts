import rule from '../../../rules/ec2/launch-configuration-imdsv1-enabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'IMDSv2 required',
      yaml: `
        Resources:
          Config:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
              MetadataOptions:
                HttpTokens: required
      `,
    },
    {
      name: 'required through a parameter default',
      yaml: `
        Parameters:
          Tokens:
            Type: String
            Default: required
        Resources:
          Config:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
              MetadataOptions:
                HttpTokens: !Ref Tokens
      `,
    },
  ],
  invalid: [
    {
      name: 'no metadata options',
      yaml: `
        Resources:
          Config:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Config'], line: 2, column: 3 }],
      output: `
        Resources:
          Config:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
              MetadataOptions:
                HttpTokens: required
      `,
    },
    {
      name: 'options without HttpTokens',
      yaml: `
        Resources:
          Config:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
              MetadataOptions:
                HttpPutResponseHopLimit: 2
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Config', 'Properties', 'MetadataOptions'], line: 7, column: 7 }],
      output: `
        Resources:
          Config:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
              MetadataOptions:
                HttpPutResponseHopLimit: 2
                HttpTokens: required
      `,
    },
  ],
});
