import rule from '../../../rules/eks/eks-endpoint-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'private endpoint only',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: !GetAtt Role.Arn
              ResourcesVpcConfig:
                SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                EndpointPrivateAccess: true
                EndpointPublicAccess: false
      `,
    },
    {
      name: 'public endpoint restricted to an office range (a naive rule flags every public endpoint)',
      yaml: `
        Parameters:
          OfficeCidr:
            Type: String
            Default: 203.0.113.0/24
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: !GetAtt Role.Arn
              ResourcesVpcConfig:
                SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                PublicAccessCidrs: [!Ref OfficeCidr]
      `,
    },
  ],
  invalid: [
    {
      name: 'all defaults',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: !GetAtt Role.Arn
              ResourcesVpcConfig:
                SubnetIds: [!Ref SubnetA, !Ref SubnetB]
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Cluster', 'Properties', 'ResourcesVpcConfig'], line: 6, column: 7, message: 'defaults to 0.0.0.0/0' }],
    },
    {
      name: 'explicit world CIDR, public only in one branch',
      yaml: `
        Conditions:
          Open: !Equals [!Ref AWS::AccountId, '111111111111']
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: !GetAtt Role.Arn
              ResourcesVpcConfig:
                SubnetIds: [!Ref SubnetA, !Ref SubnetB]
                EndpointPublicAccess: !If [Open, true, false]
                PublicAccessCidrs:
                  - 0.0.0.0/0
      `,
      errors: [{ messageId: 'public', path: ['Resources', 'Cluster', 'Properties', 'ResourcesVpcConfig', 'PublicAccessCidrs', 0], line: 12, column: 13, message: 'when condition Open is true' }],
    },
  ],
});
