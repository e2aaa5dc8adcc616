import rule from '../../../rules/neptune/neptune-cluster-audit-logs-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'audit log exported',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              EnableCloudwatchLogsExports: [audit]
      `,
    },
    {
      name: 'export list from a parameter without default is unknown',
      yaml: `
        Parameters:
          Exports:
            Type: CommaDelimitedList
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              EnableCloudwatchLogsExports: !Ref Exports
      `,
    },
  ],
  invalid: [
    {
      name: 'no exports',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              StorageEncrypted: true
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cluster'], line: 2, column: 3 }],
    },
    {
      name: 'audit missing from the export list in one branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Cluster:
            Type: AWS::Neptune::DBCluster
            Properties:
              EnableCloudwatchLogsExports: !If [IsProd, [audit], [slowquery]]
      `,
      errors: [{ messageId: 'noAudit', path: ['Resources', 'Cluster', 'Properties', 'EnableCloudwatchLogsExports', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
