import rule from '../../../rules/redshift/redshift-cluster-audit-logging-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'audit logs to CloudWatch',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              LoggingProperties:
                LogDestinationType: cloudwatch
                LogExports: [connectionlog, userlog]
      `,
    },
    {
      name: 'audit logs to a bucket in both branches',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              LoggingProperties: !If
                - IsProd
                - BucketName: prod-audit
                - BucketName: dev-audit
      `,
    },
  ],
  invalid: [
    {
      name: 'no audit logging',
      yaml: `
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Warehouse'], line: 2, column: 3 }],
    },
    {
      name: 'audit logging only in production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              ClusterType: single-node
              NodeType: ra3.xlplus
              LoggingProperties: !If [IsProd, { BucketName: prod-audit }, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Warehouse', 'Properties', 'LoggingProperties'], line: 9, column: 7, message: 'when condition IsProd is false' }],
    },
  ],
});
