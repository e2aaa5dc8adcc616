import rule from '../../../rules/rds/rds-instance-publicly-accessible';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'explicitly private',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              PubliclyAccessible: false
      `,
    },
    {
      name: 'unset with a DB subnet group is not decidable from the template',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBSubnetGroupName: !Ref PrivateSubnets
          PrivateSubnets:
            Type: AWS::RDS::DBSubnetGroup
      `,
    },
    {
      name: 'Aurora member without subnet group defaults to private (a naive rule flags it)',
      yaml: `
        Resources:
          Member:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: !Ref Cluster
          Cluster:
            Type: AWS::RDS::DBCluster
      `,
    },
    {
      name: 'value from a parameter without Default is unknown',
      yaml: `
        Parameters:
          Public:
            Type: String
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              PubliclyAccessible: !Ref Public
      `,
    },
  ],
  invalid: [
    {
      name: 'explicitly public',
      yaml: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              PubliclyAccessible: true
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Db', 'Properties', 'PubliclyAccessible'], line: 6, column: 27 }],
      output: `
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              PubliclyAccessible: false
      `,
    },
    {
      name: 'read replica without subnet group or PubliclyAccessible',
      yaml: `
        Resources:
          AmbiguousDb:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: sampleDbInstance
      `,
      errors: [{ messageId: 'implicit', path: ['Resources', 'AmbiguousDb'], line: 2, column: 3 }],
      output: `
        Resources:
          AmbiguousDb:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: sampleDbInstance
              PubliclyAccessible: false
      `,
    },
    {
      name: 'public from a string parameter Default',
      yaml: `
        Parameters:
          Public:
            Type: String
            Default: "true"
            AllowedValues: ["true", "false"]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBSubnetGroupName: public-subnets
              PubliclyAccessible: !Ref Public
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Db', 'Properties', 'PubliclyAccessible'], line: 12, column: 27, message: 'from the Default of parameter Public' }],
    },
  ],
});
