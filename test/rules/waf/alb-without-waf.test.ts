import rule from '../../../rules/waf/alb-without-waf';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'ALB with a web ACL association',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internet-facing
          AlbWaf:
            Type: AWS::WAFv2::WebACLAssociation
            Properties:
              ResourceArn: !Ref Alb
              WebACLArn: arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/app/abc
      `,
    },
    {
      name: 'internal ALB is exempt (a naive rule flags it)',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internal
      `,
    },
    {
      name: 'scheme from a parameter default internal',
      yaml: `
        Parameters:
          Scheme:
            Type: String
            Default: internal
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: !Ref Scheme
      `,
    },
    {
      name: 'network load balancer cannot use WAF',
      yaml: `
        Resources:
          Nlb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Type: network
              Scheme: internet-facing
      `,
    },
  ],
  invalid: [
    {
      name: 'default scheme, no association',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Subnets: [subnet-1, subnet-2]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alb'], line: 2, column: 3 }],
    },
    {
      name: 'association for another load balancer does not count',
      yaml: `
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internet-facing
          Other:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: internal
          OtherWaf:
            Type: AWS::WAFv2::WebACLAssociation
            Properties:
              ResourceArn: !Ref Other
              WebACLArn: !Sub arn:aws:wafv2:\${AWS::Region}:\${AWS::AccountId}:regional/webacl/app/abc
              Tags: [{ Key: peer, Value: !Ref Alb }]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alb'], line: 2, column: 3 }],
    },
    {
      name: 'internet-facing only outside production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Alb:
            Type: AWS::ElasticLoadBalancingV2::LoadBalancer
            Properties:
              Scheme: !If [IsProd, internal, internet-facing]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alb'], line: 4, column: 3, message: 'when condition IsProd is false' }],
    },
  ],
});
