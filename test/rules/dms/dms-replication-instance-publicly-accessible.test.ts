import rule from '../../../rules/dms/dms-replication-instance-publicly-accessible';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'explicitly private',
      yaml: `
        Resources:
          Replicator:
            Type: AWS::DMS::ReplicationInstance
            Properties:
              ReplicationInstanceClass: dms.t3.medium
              PubliclyAccessible: false
      `,
    },
    {
      name: 'private through a parameter Default (a naive rule only reads literals)',
      yaml: `
        Parameters:
          Public:
            Type: String
            Default: "false"
        Resources:
          Replicator:
            Type: AWS::DMS::ReplicationInstance
            Properties:
              ReplicationInstanceClass: dms.t3.medium
              PubliclyAccessible: !Ref Public
      `,
    },
  ],
  invalid: [
    {
      name: 'unset defaults to public',
      yaml: `
        Resources:
          BasicReplicationInstance:
            Type: AWS::DMS::ReplicationInstance
            Properties:
              ReplicationInstanceClass: dms.t2.small
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'BasicReplicationInstance'], line: 2, column: 3 }],
      output: `
        Resources:
          BasicReplicationInstance:
            Type: AWS::DMS::ReplicationInstance
            Properties:
              ReplicationInstanceClass: dms.t2.small
              PubliclyAccessible: false
      `,
    },
    {
      name: 'explicitly public',
      yaml: `
        Resources:
          Replicator:
            Type: AWS::DMS::ReplicationInstance
            Properties:
              ReplicationInstanceClass: dms.t3.medium
              PubliclyAccessible: "true"
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Replicator', 'Properties', 'PubliclyAccessible'], line: 6, column: 27 }],
    },
  ],
});
