import rule from '../../../rules/ecr/ecr-repository-tags-mutable';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'immutable tags',
      yaml: `
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageTagMutability: IMMUTABLE
      `,
    },
    {
      name: 'mutability from a parameter without default is unknown',
      yaml: `
        Parameters:
          Mutability:
            Type: String
            AllowedValues: [MUTABLE, IMMUTABLE]
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageTagMutability: !Ref Mutability
      `,
    },
  ],
  invalid: [
    {
      name: 'default mutability',
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
              ImageTagMutability: IMMUTABLE
      `,
    },
    {
      name: 'mutable in one branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Repo:
            Type: AWS::ECR::Repository
            Properties:
              ImageTagMutability: !If [IsProd, IMMUTABLE, MUTABLE]
      `,
      errors: [{ messageId: 'mutable', path: ['Resources', 'Repo', 'Properties', 'ImageTagMutability', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
