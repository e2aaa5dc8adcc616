import rule from '../../../rules/dynamodb/dynamodb-table-point-in-time-recovery-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'PITR on',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: true
      `,
    },
    {
      name: 'PITR flag from a parameter default true (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Pitr:
            Type: String
            Default: 'true'
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: !Ref Pitr
      `,
    },
  ],
  invalid: [
    {
      name: 'global table replica without PITR',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::GlobalTable
            Properties:
              BillingMode: PAY_PER_REQUEST
              Replicas:
                - Region: eu-west-1
                  PointInTimeRecoverySpecification:
                    PointInTimeRecoveryEnabled: true
                - Region: us-east-1
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Orders', 'Properties', 'Replicas', 1], line: 10, column: 11, message: 'replica us-east-1' }],
      output: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::GlobalTable
            Properties:
              BillingMode: PAY_PER_REQUEST
              Replicas:
                - Region: eu-west-1
                  PointInTimeRecoverySpecification:
                    PointInTimeRecoveryEnabled: true
                - Region: us-east-1
                  PointInTimeRecoverySpecification:
                    PointInTimeRecoveryEnabled: true
      `,
    },
    {
      name: 'no PITR specification',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Orders'], line: 2, column: 3 }],
      output: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: true
      `,
    },
    {
      name: 'PITR explicitly off',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: False
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Orders', 'Properties', 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'], line: 7, column: 37 }],
      output: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: true
      `,
    },
    {
      name: 'PITR off in one branch, no fix offered there',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              PointInTimeRecoverySpecification:
                PointInTimeRecoveryEnabled: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Orders', 'Properties', 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
