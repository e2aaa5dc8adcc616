import rule from '../../../rules/eks/eks-cluster-control-plane-logging-incomplete';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'all security-relevant logs on',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/eks
              Logging:
                ClusterLogging:
                  EnabledTypes:
                    - Type: api
                    - Type: audit
                    - Type: authenticator
                    - Type: scheduler
      `,
    },
    {
      name: 'a type from a parameter without default is undecided',
      yaml: `
        Parameters:
          Extra:
            Type: String
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/eks
              Logging:
                ClusterLogging:
                  EnabledTypes:
                    - Type: api
                    - Type: !Ref Extra
      `,
    },
  ],
  invalid: [
    {
      name: 'no logging',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/eks
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cluster'], line: 2, column: 3 }],
      output: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/eks
              Logging:
                ClusterLogging:
                  EnabledTypes:
                    - Type: api
                    - Type: audit
                    - Type: authenticator
      `,
    },
    {
      name: 'audit log missing',
      yaml: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/eks
              Logging:
                ClusterLogging:
                  EnabledTypes:
                    - Type: api
                    - Type: authenticator
      `,
      errors: [{ messageId: 'type', path: ['Resources', 'Cluster', 'Properties', 'Logging', 'ClusterLogging', 'EnabledTypes'], line: 9, column: 13, message: 'the audit control-plane log' }],
      output: `
        Resources:
          Cluster:
            Type: AWS::EKS::Cluster
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/eks
              Logging:
                ClusterLogging:
                  EnabledTypes:
                    - Type: api
                    - Type: authenticator
                    - Type: audit
      `,
    },
  ],
});
