import rule from '../../../rules/ecr/ecr-repository-policy-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'repository without a policy',
      yaml: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
      `,
    },
    {
      name: 'wildcard narrowed to the organization (a naive rule flags the *)',
      yaml: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryPolicyText:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: [ecr:GetDownloadUrlForLayer, ecr:BatchGetImage]
                    Condition:
                      StringEquals:
                        aws:PrincipalOrgID: o-a1b2c3d4e5
      `,
    },
  ],
  invalid: [
    {
      name: 'public pull',
      yaml: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryPolicyText:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: [ecr:GetDownloadUrlForLayer, ecr:BatchGetImage]
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Repo', 'Properties', 'RepositoryPolicyText', 'Statement', 0, 'Principal'], line: 8, column: 24 }],
    },
    {
      name: 'public policy in one Fn::If branch of the whole document',
      yaml: `
        Conditions:
          Share: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              RepositoryPolicyText: !If
                - Share
                - Statement:
                    - Effect: Allow
                      Principal:
                        AWS: "*"
                      Action: ecr:*
                - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Repo', 'Properties', 'RepositoryPolicyText', 'Fn::If', 1, 'Statement', 0, 'Principal', 'AWS'], line: 12, column: 22, message: 'when condition Share is true' }],
    },
  ],
});
