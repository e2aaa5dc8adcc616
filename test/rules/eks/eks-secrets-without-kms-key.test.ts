import rule from '../../../rules/eks/eks-secrets-without-kms-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'secrets encrypted with a key of this template',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/eks
              ResourcesVpcConfig:
                SubnetIds: [subnet-1, subnet-2]
              EncryptionConfig:
                - Provider:
                    KeyArn: !GetAtt SecretsKey.Arn
                  Resources: [secrets]
          SecretsKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'key ARN from a parameter without default is unknown (a naive rule flags it)',
      yaml: `
        Parameters:
          KeyArn:
            Type: String
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/eks
              ResourcesVpcConfig:
                SubnetIds: [subnet-1, subnet-2]
              EncryptionConfig:
                - Provider:
                    KeyArn: !Ref KeyArn
                  Resources: [secrets]
      `,
    },
  ],
  invalid: [
    {
      name: 'no EncryptionConfig',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/eks
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cluster'], line: 2, column: 3 }],
    },
    {
      name: 'EncryptionConfig without a provider',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::123456789012:role/eks
              EncryptionConfig:
                - Resources: [secrets]
      `,
      errors: [{ messageId: 'noKey', path: ['Resources', 'Cluster', 'Properties', 'EncryptionConfig', 0], line: 7, column: 11 }],
    },
  ],
});
