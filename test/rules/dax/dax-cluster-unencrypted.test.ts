import rule from '../../../rules/dax/dax-cluster-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'SSE enabled',
      yaml: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: !GetAtt DaxRole.Arn
              SSESpecification:
                SSEEnabled: true
      `,
    },
    {
      name: 'SSESpecification given as a parameter-free Fn::If with SSE on in both branches',
      yaml: `
        Conditions:
          Big: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: !If [Big, dax.r5.large, dax.t3.small]
              ReplicationFactor: 3
              IAMRoleARN: arn:aws:iam::123456789012:role/dax
              SSESpecification: !If
                - Big
                - SSEEnabled: true
                - SSEEnabled: 'true'
      `,
    },
  ],
  invalid: [
    {
      name: 'no SSESpecification',
      yaml: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: arn:aws:iam::123456789012:role/dax
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cache'], line: 2, column: 3 }],
      output: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: arn:aws:iam::123456789012:role/dax
              SSESpecification:
                SSEEnabled: true
      `,
    },
    {
      name: 'SSESpecification without SSEEnabled',
      yaml: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: arn:aws:iam::123456789012:role/dax
              SSESpecification: {}
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cache', 'Properties', 'SSESpecification'], line: 8, column: 7 }],
    },
    {
      name: 'SSEEnabled false',
      yaml: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: arn:aws:iam::123456789012:role/dax
              SSESpecification:
                SSEEnabled: False
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Cache', 'Properties', 'SSESpecification', 'SSEEnabled'], line: 9, column: 21 }],
      output: `
        Resources:
          Cache:
            Type: AWS::DAX::Cluster
            Properties:
              NodeType: dax.t3.small
              ReplicationFactor: 3
              IAMRoleARN: arn:aws:iam::123456789012:role/dax
              SSESpecification:
                SSEEnabled: true
      `,
    },
  ],
});
