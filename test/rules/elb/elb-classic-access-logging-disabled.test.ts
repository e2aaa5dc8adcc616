import rule from '../../../rules/elb/elb-classic-access-logging-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'access logging enabled',
      yaml: `
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
              AccessLoggingPolicy:
                Enabled: true
                S3BucketName: elb-logs
      `,
    },
    {
      name: 'Enabled from a parameter default true (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Logging:
            Type: String
            Default: 'true'
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
              AccessLoggingPolicy:
                Enabled: !Ref Logging
                S3BucketName: elb-logs
      `,
    },
  ],
  invalid: [
    {
      name: 'no access logging policy',
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
    },
    {
      name: 'policy disabled',
      yaml: `
        Resources:
          Elb:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners:
                - LoadBalancerPort: '80'
                  InstancePort: '80'
                  Protocol: HTTP
              AccessLoggingPolicy:
                Enabled: false
                S3BucketName: elb-logs
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Elb', 'Properties', 'AccessLoggingPolicy', 'Enabled'], line: 10, column: 18 }],
    },
  ],
});
