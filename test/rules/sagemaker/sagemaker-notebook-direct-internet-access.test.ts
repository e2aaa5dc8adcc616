import rule from '../../../rules/sagemaker/sagemaker-notebook-direct-internet-access';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'disabled inside a VPC',
      yaml: `
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: !GetAtt Role.Arn
              SubnetId: !Ref PrivateSubnet
              SecurityGroupIds: [!Ref Sg]
              DirectInternetAccess: Disabled
      `,
    },
    {
      name: 'value from a parameter without default is unknown',
      yaml: `
        Parameters:
          Internet:
            Type: String
            AllowedValues: [Enabled, Disabled]
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: !GetAtt Role.Arn
              SubnetId: !Ref PrivateSubnet
              DirectInternetAccess: !Ref Internet
      `,
    },
  ],
  invalid: [
    {
      name: 'default outside a VPC (no fix: Disabled needs a subnet)',
      yaml: `
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: !GetAtt Role.Arn
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Notebook'], line: 2, column: 3 }],
    },
    {
      name: 'explicitly enabled in a VPC',
      yaml: `
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: !GetAtt Role.Arn
              SubnetId: !Ref PrivateSubnet
              DirectInternetAccess: Enabled
      `,
      errors: [{ messageId: 'enabled', path: ['Resources', 'Notebook', 'Properties', 'DirectInternetAccess'], line: 8, column: 29 }],
      output: `
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: !GetAtt Role.Arn
              SubnetId: !Ref PrivateSubnet
              DirectInternetAccess: Disabled
      `,
    },
  ],
});
