import rule from '../../../rules/cfn/stateful-resource-without-retain-policy';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'table retained on deletion and replacement',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              BillingMode: PAY_PER_REQUEST
      `,
    },
    {
      name: 'RDS instance keeps its default Snapshot deletion policy (a naive rule flags the missing attribute)',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            UpdateReplacePolicy: Snapshot
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
      `,
    },
    {
      name: 'Aurora member instance holds no data',
      yaml: `
        Resources:
          Member:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-mysql
              DBClusterIdentifier: my-cluster
              DBInstanceClass: db.r6g.large
      `,
    },
    {
      name: 'policies from a parameter default (language extensions)',
      yaml: `
        Transform: AWS::LanguageExtensions
        Parameters:
          Policy:
            Type: String
            Default: Retain
        Resources:
          Files:
            Type: AWS::EFS::FileSystem
            DeletionPolicy: !Ref Policy
            UpdateReplacePolicy: !Ref Policy
      `,
    },
  ],
  invalid: [
    {
      name: 'table with neither policy',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
      `,
      errors: [{ messageId: 'deletion', path: ['Resources', 'Orders'], line: 2, column: 3, message: 'UpdateReplacePolicy is missing too' }],
      output: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
            DeletionPolicy: Retain
      `,
    },
    {
      name: 'RDS instance without UpdateReplacePolicy gets a Snapshot policy',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
      `,
      errors: [{ messageId: 'replace', path: ['Resources', 'Db'], line: 2, column: 3 }],
      output: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t4g.micro
            UpdateReplacePolicy: Snapshot
      `,
    },
    {
      name: 'explicit Delete on a volume',
      yaml: `
        Resources:
          Data:
            Type: AWS::EC2::Volume
            DeletionPolicy: Delete
            UpdateReplacePolicy: Snapshot
            Properties:
              Size: 100
              AvailabilityZone: eu-west-1a
      `,
      errors: [{ messageId: 'deletion', path: ['Resources', 'Data', 'DeletionPolicy'], line: 4, column: 21 }],
      output: `
        Resources:
          Data:
            Type: AWS::EC2::Volume
            DeletionPolicy: Snapshot
            UpdateReplacePolicy: Snapshot
            Properties:
              Size: 100
              AvailabilityZone: eu-west-1a
      `,
    },
    {
      name: 'Delete from a parameter default is reported without a fix',
      yaml: `
        Transform: AWS::LanguageExtensions
        Parameters:
          Policy:
            Type: String
            Default: Delete
        Resources:
          Files:
            Type: AWS::EFS::FileSystem
            DeletionPolicy: !Ref Policy
            UpdateReplacePolicy: Retain
      `,
      errors: [{ messageId: 'deletion', path: ['Resources', 'Files', 'DeletionPolicy'], line: 9, column: 21, message: 'from the Default of parameter Policy' }],
    },
  ],
});
