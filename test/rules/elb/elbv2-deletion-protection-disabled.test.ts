import rule from '../../../rules/elb/elbv2-deletion-protection-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'protected load balancer',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: deletion_protection.enabled
                  Value: 'true'
      `,
    },
    {
      name: 'attribute key computed from a parameter is undecided',
      yaml: `
        Parameters:
          AttrKey:
            Type: String
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: !Ref AttrKey
                  Value: 'true'
      `,
    },
  ],
  invalid: [
    {
      name: 'no attributes',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internet-facing
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alb'], line: 2, column: 3 }],
      output: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internet-facing
              LoadBalancerAttributes:
                - Key: deletion_protection.enabled
                  Value: "true"
      `,
    },
    {
      name: 'other attributes only: the fix appends',
      yaml: `
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
              LoadBalancerAttributes:
                - Key: load_balancing.cross_zone.enabled
                  Value: 'true'
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Nlb', 'Properties', 'LoadBalancerAttributes'], line: 6, column: 7 }],
      output: `
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
              LoadBalancerAttributes:
                - Key: load_balancing.cross_zone.enabled
                  Value: 'true'
                - Key: deletion_protection.enabled
                  Value: "true"
      `,
    },
    {
      name: 'explicitly false',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: deletion_protection.enabled
                  Value: 'false'
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Alb', 'Properties', 'LoadBalancerAttributes', 0, 'Value'], line: 7, column: 18 }],
      output: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: deletion_protection.enabled
                  Value: "true"
      `,
    },
  ],
});
