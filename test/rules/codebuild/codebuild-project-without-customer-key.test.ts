import rule from '../../../rules/codebuild/codebuild-project-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer key by GetAtt',
      yaml: `
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              EncryptionKey: !GetAtt ArtifactKey.Arn
              ServiceRole: arn:aws:iam::123456789012:role/build
              Artifacts: { Type: NO_ARTIFACTS }
              Source: { Type: S3, Location: bucket/source.zip }
              Environment: { Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0 }
          ArtifactKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'key imported from another stack is unknown',
      yaml: `
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              EncryptionKey: !ImportValue shared-artifact-key
              ServiceRole: arn:aws:iam::123456789012:role/build
              Artifacts: { Type: NO_ARTIFACTS }
              Source: { Type: S3, Location: bucket/source.zip }
              Environment: { Type: LINUX_CONTAINER, ComputeType: BUILD_GENERAL1_SMALL, Image: aws/codebuild/standard:7.0 }
      `,
    },
  ],
  invalid: [
    {
      name: 'no EncryptionKey',
      yaml: `
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              ServiceRole: arn:aws:iam::123456789012:role/build
              Artifacts: { Type: NO_ARTIFACTS }
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Build'], line: 2, column: 3 }],
    },
    {
      name: 'AWS managed S3 key written with Fn::Sub',
      yaml: `
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              EncryptionKey: !Sub arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:alias/aws/s3
              ServiceRole: arn:aws:iam::123456789012:role/build
      `,
      errors: [{ messageId: 'awsManaged', path: ['Resources', 'Build', 'Properties', 'EncryptionKey'], line: 5, column: 22 }],
    },
  ],
});
