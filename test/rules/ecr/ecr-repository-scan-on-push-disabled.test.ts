import rule from '../../../rules/ecr/ecr-repository-scan-on-push-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'scan on push',
      yaml: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageScanningConfiguration:
                ScanOnPush: true
      `,
    },
    {
      name: 'registry-level scanning configuration decides (a naive rule flags the repository)',
      yaml: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
          Scanning:
            Type: AWS::ECR::RegistryScanningConfiguration
            Properties:
              ScanType: ENHANCED
              Rules:
                - ScanFrequency: CONTINUOUS_SCAN
                  RepositoryFilters:
                    - Filter: '*'
                      FilterType: WILDCARD
      `,
    },
  ],
  invalid: [
    {
      name: 'no scanning configuration',
      yaml: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: web
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Repo'], line: 2, column: 3 }],
      output: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryName: web
              ImageScanningConfiguration:
                ScanOnPush: true
      `,
    },
    {
      name: 'scan disabled through a parameter default',
      yaml: `
        Parameters:
          Scan:
            Type: String
            Default: 'false'
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageScanningConfiguration:
                ScanOnPush: !Ref Scan
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Repo', 'Properties', 'ImageScanningConfiguration', 'ScanOnPush'], line: 10, column: 21, message: 'from the Default of parameter Scan' }],
    },
    {
      name: 'scan disabled literally',
      yaml: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageScanningConfiguration:
                ScanOnPush: false
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Repo', 'Properties', 'ImageScanningConfiguration', 'ScanOnPush'], line: 6, column: 21 }],
      output: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageScanningConfiguration:
                ScanOnPush: true
      `,
    },
  ],
});
