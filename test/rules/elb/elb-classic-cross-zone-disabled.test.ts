import rule from '../../../rules/elb/elb-classic-cross-zone-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'cross-zone on',
      yaml: `
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              CrossZone: true
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
      `,
    },
    {
      name: 'cross-zone from a parameter default (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          CrossZone:
            Type: String
            Default: 'true'
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              CrossZone: !Ref CrossZone
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
      `,
    },
  ],
  invalid: [
    {
      name: 'cross-zone not set',
      yaml: `
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Elb'], line: 2, column: 3 }],
      output: `
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
              CrossZone: true
      `,
    },
    {
      name: 'cross-zone off in one branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              CrossZone: !If [IsProd, true, false]
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Elb', 'Properties', 'CrossZone', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
