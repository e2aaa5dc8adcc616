import rule from '../../../rules/elb/elbv2-access-logging-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'access logs on',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: access_logs.s3.enabled
                  Value: 'true'
                - Key: access_logs.s3.bucket
                  Value: alb-logs
      `,
    },
    {
      name: 'gateway load balancer has no access logs',
      yaml: `
        Resources:
          Gwlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: gateway
      `,
    },
    {
      name: 'network load balancer with only TCP listeners writes no access logs (a naive rule flags it)',
      yaml: `
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
          TcpListener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Nlb
              Protocol: TCP
              Port: 5432
      `,
    },
    {
      name: 'enabled flag from a parameter without default is unknown',
      yaml: `
        Parameters:
          EnableLogs:
            Type: String
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: access_logs.s3.enabled
                  Value: !Ref EnableLogs
      `,
    },
  ],
  invalid: [
    {
      name: 'network load balancer with a TLS listener',
      yaml: `
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
          TlsListener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Nlb
              Protocol: TLS
              Port: 443
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Nlb'], line: 2, column: 3 }],
    },
    {
      name: 'no attributes at all',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internet-facing
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alb'], line: 2, column: 3 }],
    },
    {
      name: 'attributes without the logging key',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: idle_timeout.timeout_seconds
                  Value: '60'
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alb', 'Properties', 'LoadBalancerAttributes'], line: 5, column: 7 }],
    },
    {
      name: 'logging off in one Fn::If branch of the list',
      yaml: `
        Conditions:
          EnableLogsPublicLB: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes: !If
                - EnableLogsPublicLB
                - - Key: access_logs.s3.enabled
                    Value: 'true'
                - - Key: access_logs.s3.enabled
                    Value: 'false'
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Alb', 'Properties', 'LoadBalancerAttributes', 'Fn::If', 2, 0, 'Value'], line: 12, column: 20, message: 'when condition EnableLogsPublicLB is false' }],
    },
  ],
});
