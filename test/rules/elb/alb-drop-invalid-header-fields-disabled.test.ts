import rule from '../../../rules/elb/alb-drop-invalid-header-fields-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'invalid headers dropped',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: 'true'
      `,
    },
    {
      name: 'network load balancer does not parse HTTP (a naive rule flags it)',
      yaml: `
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
      `,
    },
  ],
  invalid: [
    {
      name: 'ALB without the attribute',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: application
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alb'], line: 2, column: 3 }],
      output: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: application
              LoadBalancerAttributes:
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: "true"
      `,
    },
    {
      name: 'disabled through a parameter default',
      yaml: `
        Parameters:
          Drop:
            Type: String
            Default: 'false'
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              LoadBalancerAttributes:
                - Key: routing.http.drop_invalid_header_fields.enabled
                  Value: !Ref Drop
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Alb', 'Properties', 'LoadBalancerAttributes', 0, 'Value'], line: 11, column: 18, message: 'from the Default of parameter Drop' }],
    },
  ],
});
