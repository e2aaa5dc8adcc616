import rule from '../../../rules/neptune/neptune-cluster-deletion-protection-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'protected cluster',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              DeletionProtection: true
      `,
    },
    {
      name: 'protection from a parameter default (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Protect:
            Type: String
            Default: 'true'
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              DeletionProtection: !Ref Protect
      `,
    },
  ],
  invalid: [
    {
      name: 'unprotected cluster',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              StorageEncrypted: true
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cluster'], line: 2, column: 3 }],
      output: `
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              StorageEncrypted: true
              DeletionProtection: true
      `,
    },
    {
      name: 'protection off outside production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              DeletionProtection: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Cluster', 'Properties', 'DeletionProtection', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
