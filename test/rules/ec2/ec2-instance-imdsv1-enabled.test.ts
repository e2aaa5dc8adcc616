import rule from '../../../rules/ec2/ec2-instance-imdsv1-enabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'instance with a launch template (judged through the template)',
      yaml: `
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions:
                  HttpTokens: required
          Web:
            Type: AWS::EC2::Instance
            Properties:
              LaunchTemplate:
                LaunchTemplateId: !Ref Template
                Version: !GetAtt Template.LatestVersionNumber
      `,
    },
    {
      name: 'launch template from a parameter (external, unknown; a naive rule flags the instance)',
      yaml: `
        Parameters:
          TemplateId:
            Type: String
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              LaunchTemplate:
                LaunchTemplateId: !Ref TemplateId
                Version: '1'
      `,
    },
  ],
  invalid: [
    {
      name: 'plain instance',
      yaml: `
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
      `,
      errors: [{ messageId: 'noTemplate', path: ['Resources', 'Web'], line: 2, column: 3 }],
      output: `
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              InstanceType: t3.micro
              LaunchTemplate:
                LaunchTemplateId: {Ref: WebLaunchTemplate}
                Version: {Fn::GetAtt: [WebLaunchTemplate, LatestVersionNumber]}
          WebLaunchTemplate:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions:
                  HttpTokens: required
                  HttpEndpoint: enabled
      `,
    },
    {
      name: 'launch template only when a condition holds',
      yaml: `
        Conditions:
          Hardened: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Web:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              LaunchTemplate: !If
                - Hardened
                - LaunchTemplateId: !Ref Template
                  Version: '1'
                - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'noTemplate', path: ['Resources', 'Web', 'Properties', 'LaunchTemplate'], line: 8, column: 7, message: 'when condition Hardened is false' }],
    },
  ],
});
