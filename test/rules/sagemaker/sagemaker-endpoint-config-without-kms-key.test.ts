import rule from '../../../rules/sagemaker/sagemaker-endpoint-config-without-kms-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key set',
      yaml: `
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
              ProductionVariants:
                - ModelName: model
                  VariantName: main
                  InitialInstanceCount: 1
                  InstanceType: ml.m5.large
      `,
    },
    {
      name: 'local NVMe instance type cannot take a KmsKeyId (a naive rule flags it)',
      yaml: `
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - ModelName: model
                  VariantName: main
                  InitialInstanceCount: 1
                  InstanceType: ml.g4dn.xlarge
      `,
    },
    {
      name: 'serverless variant takes no KmsKeyId',
      yaml: `
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - ModelName: model
                  VariantName: main
                  ServerlessConfig:
                    MaxConcurrency: 5
                    MemorySizeInMB: 2048
      `,
    },
  ],
  invalid: [
    {
      name: 'instance variant without KmsKeyId',
      yaml: `
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              ProductionVariants:
                - ModelName: model
                  VariantName: main
                  InitialInstanceCount: 1
                  InstanceType: ml.m5.large
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Config'], line: 2, column: 3 }],
    },
    {
      name: 'instance type from a parameter default, key only in one Fn::If branch',
      yaml: `
        Parameters:
          Size:
            Type: String
            Default: ml.c5.xlarge
        Conditions:
          Prod: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Config:
            Type: AWS::SageMaker::EndpointConfig
            Properties:
              KmsKeyId: !If [Prod, alias/model-key, '']
              ProductionVariants:
                - ModelName: model
                  VariantName: main
                  InitialInstanceCount: 1
                  InstanceType: !Ref Size
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Config', 'Properties', 'KmsKeyId', 'Fn::If', 2], line: 11, column: 45, message: 'when condition Prod is false' }],
    },
  ],
});
