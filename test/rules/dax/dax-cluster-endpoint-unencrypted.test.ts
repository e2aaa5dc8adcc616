import rule from '../../../rules/dax/dax-cluster-endpoint-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'TLS endpoint',
      yaml: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: !GetAtt Role.Arn
              ClusterEndpointEncryptionType: TLS
      `,
    },
    {
      name: 'TLS in both branches (a naive rule flags the If)',
      yaml: `
        Conditions:
          Big: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: !If [Big, dax.r5.large, dax.t3.small]
              ReplicationFactor: 3
              IAMRoleARN: !GetAtt Role.Arn
              ClusterEndpointEncryptionType: !If [Big, TLS, tls]
      `,
    },
  ],
  invalid: [
    {
      name: 'default NONE',
      yaml: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: !GetAtt Role.Arn
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cache'], line: 2, column: 3 }],
      output: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: !GetAtt Role.Arn
              ClusterEndpointEncryptionType: TLS
      `,
    },
    {
      name: 'NONE through a parameter default',
      yaml: `
        Parameters:
          Encryption:
            Type: String
            Default: NONE
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: !GetAtt Role.Arn
              ClusterEndpointEncryptionType: !Ref Encryption
      `,
      errors: [{ messageId: 'none', path: ['Resources', 'Cache', 'Properties', 'ClusterEndpointEncryptionType'], line: 12, column: 38, message: 'from the Default of parameter Encryption' }],
    },
  ],
});
