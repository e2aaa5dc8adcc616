import rule from '../../../rules/codebuild/codebuild-output-encryption-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encryption not disabled anywhere',
      yaml: `
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              Artifacts:
                Type: S3
                Location: artifacts-bucket
              LogsConfig:
                S3Logs:
                  Status: ENABLED
                  Location: logs-bucket/build
                  EncryptionDisabled: false
      `,
    },
    {
      name: 'CODEPIPELINE artifacts are encrypted by the pipeline store (a naive rule flags them)',
      yaml: `
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              Artifacts:
                Type: CODEPIPELINE
                EncryptionDisabled: true
      `,
    },
    {
      name: 'EncryptionDisabled from a parameter default of false (a naive rule flags the key)',
      yaml: `
        Parameters:
          Plain:
            Type: String
            Default: 'false'
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              Artifacts:
                Type: S3
                Location: artifacts-bucket
                EncryptionDisabled: !Ref Plain
      `,
    },
  ],
  invalid: [
    {
      name: 'artifacts with encryption disabled',
      yaml: `
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              Artifacts:
                Type: S3
                Location: artifacts-bucket
                EncryptionDisabled: true
      `,
      errors: [{ messageId: 'artifacts', path: ['Resources', 'Build', 'Properties', 'Artifacts', 'EncryptionDisabled'], line: 8, column: 29 }],
      output: `
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              Artifacts:
                Type: S3
                Location: artifacts-bucket
                EncryptionDisabled: false
      `,
    },
    {
      name: 'secondary artifact and S3 logs, one under Fn::If',
      yaml: `
        Conditions:
          Site: !Equals [!Ref AWS::StackName, site]
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              SecondaryArtifacts:
                - ArtifactIdentifier: site
                  Type: S3
                  Location: site-bucket
                  EncryptionDisabled: !If [Site, true, false]
              LogsConfig:
                S3Logs:
                  Status: ENABLED
                  Location: logs-bucket/build
                  EncryptionDisabled: 'true'
      `,
      errors: [
        { messageId: 'artifacts', path: ['Resources', 'Build', 'Properties', 'SecondaryArtifacts', 0, 'EncryptionDisabled', 'Fn::If', 1], line: 11, column: 42, message: 'when condition Site is true' },
        { messageId: 'logs', path: ['Resources', 'Build', 'Properties', 'LogsConfig', 'S3Logs', 'EncryptionDisabled'], line: 16, column: 31 },
      ],
    },
  ],
});
