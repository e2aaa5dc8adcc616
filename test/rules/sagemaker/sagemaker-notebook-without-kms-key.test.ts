import rule from '../../../rules/sagemaker/sagemaker-notebook-without-kms-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key from this template',
      yaml: `
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: arn:aws:iam::123456789012:role/notebook
              KmsKeyId: !Ref NotebookKey
          NotebookKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'key id from a parameter without default is unknown (a naive rule flags the Ref)',
      yaml: `
        Parameters:
          KeyArn:
            Type: String
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: arn:aws:iam::123456789012:role/notebook
              KmsKeyId: !Ref KeyArn
      `,
    },
  ],
  invalid: [
    {
      name: 'no KmsKeyId',
      yaml: `
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: arn:aws:iam::123456789012:role/notebook
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Notebook'], line: 2, column: 3 }],
    },
    {
      name: 'AWS managed key through a parameter default',
      yaml: `
        Parameters:
          KeyArn:
            Type: String
            Default: alias/aws/sagemaker
        Resources:
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
              RoleArn: arn:aws:iam::123456789012:role/notebook
              KmsKeyId: !Ref KeyArn
      `,
      errors: [{ messageId: 'awsManaged', path: ['Resources', 'Notebook', 'Properties', 'KmsKeyId'], line: 11, column: 17, message: 'alias/aws/sagemaker' }],
    },
  ],
});
