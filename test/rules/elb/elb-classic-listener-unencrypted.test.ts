import rule from '../../../rules/elb/elb-classic-listener-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'HTTPS listener',
      yaml: `
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Subnets: [subnet-1, subnet-2]
              Listeners:
                - LoadBalancerPort: '443'
                  InstancePort: '8080'
                  Protocol: HTTPS
                  InstanceProtocol: HTTP
                  SSLCertificateId: !Ref Certificate
      `,
    },
    {
      name: 'internal load balancer (a naive rule flags every HTTP listener)',
      yaml: `
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Scheme: internal
              Subnets: [subnet-1, subnet-2]
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
      `,
    },
    {
      name: 'TCP pass-through on 443 and a scheme from a parameter default',
      yaml: `
        Parameters:
          ElbScheme:
            Type: String
            Default: internet-facing
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Scheme: !Ref ElbScheme
              Subnets: [subnet-1, subnet-2]
              Listeners:
                - LoadBalancerPort: 443
                  InstancePort: 443
                  Protocol: TCP
      `,
    },
  ],
  invalid: [
    {
      name: 'HTTP listener on the default (internet-facing) scheme',
      yaml: `
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Subnets: [subnet-1, subnet-2]
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '8080'
                  Protocol: HTTP
      `,
      errors: [{ messageId: 'plain', path: ['Resources', 'Elb', 'Properties', 'Listeners', 0, 'Protocol'], line: 9, column: 21, message: 'HTTP on port 80' }],
    },
    {
      name: 'TCP listener on a database port, internet-facing only in one branch',
      yaml: `
        Conditions:
          Public: !Equals [!Ref AWS::AccountId, '111111111111']
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Scheme: !If [Public, internet-facing, internal]
              Subnets: [subnet-1, subnet-2]
              Listeners:
                - LoadBalancerPort: '3306'
                  InstancePort: '3306'
                  Protocol: tcp
      `,
      errors: [{ messageId: 'plain', path: ['Resources', 'Elb', 'Properties', 'Listeners', 0, 'Protocol'], line: 12, column: 21, message: 'when condition Public is true' }],
    },
  ],
});
