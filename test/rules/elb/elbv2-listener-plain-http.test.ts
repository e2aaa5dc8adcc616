import rule from '../../../rules/elb/elbv2-listener-plain-http';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'HTTPS listener',
      yaml: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 443
              Protocol: HTTPS
              Certificates:
                - CertificateArn: !Ref Cert
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
    },
    {
      name: 'HTTP listener that redirects to HTTPS (a naive rule flags every HTTP listener)',
      yaml: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: HTTP
              DefaultActions:
                - Type: redirect
                  RedirectConfig:
                    Protocol: HTTPS
                    Port: '443'
                    StatusCode: HTTP_301
      `,
    },
    {
      name: 'NLB TCP listener may carry TLS to the targets',
      yaml: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Nlb
              Port: 5432
              Protocol: TCP
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
    },
    {
      name: 'protocol from a parameter without default is unknown',
      yaml: `
        Parameters:
          ListenerProtocol:
            Type: String
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: !Ref ListenerProtocol
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
    },
  ],
  invalid: [
    {
      name: 'HTTP listener forwarding to targets',
      yaml: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: HTTP
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
      errors: [{ messageId: 'plainHttp', path: ['Resources', 'Listener', 'Properties', 'Protocol'], line: 7, column: 17 }],
      output: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: HTTP
              DefaultActions:
                - Type: redirect
                  RedirectConfig:
                    Protocol: HTTPS
                    Port: "443"
                    StatusCode: HTTP_301
      `,
    },
    {
      name: 'an action item without a Type is not a redirect',
      yaml: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 8080
              Protocol: HTTP
              DefaultActions:
                - Type: forward
                - TargetGroupArn: !Ref Targets
      `,
      errors: [{ messageId: 'plainHttp', path: ['Resources', 'Listener', 'Properties', 'Protocol'], line: 7, column: 17 }],
    },
    {
      name: 'redirect that keeps the protocol is still plain HTTP',
      yaml: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: http
              DefaultActions:
                - Type: redirect
                  RedirectConfig:
                    Host: www.example.com
                    StatusCode: HTTP_302
      `,
      errors: [{ messageId: 'plainHttp', path: ['Resources', 'Listener', 'Properties', 'Protocol'], line: 7, column: 17 }],
    },
    {
      name: 'protocol from a parameter default (no fix through the default)',
      yaml: `
        Parameters:
          ListenerProtocol:
            Type: String
            Default: HTTP
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: !Ref ListenerProtocol
              DefaultActions:
                - Type: fixed-response
                  FixedResponseConfig:
                    StatusCode: '200'
      `,
      errors: [{ messageId: 'plainHttp', path: ['Resources', 'Listener', 'Properties', 'Protocol'], line: 11, column: 17, message: 'from the Default of parameter ListenerProtocol' }],
    },
    {
      name: 'redirect only when a condition holds',
      yaml: `
        Conditions:
          HasCert: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 80
              Protocol: HTTP
              DefaultActions: !If
                - HasCert
                - - Type: redirect
                    RedirectConfig:
                      Protocol: HTTPS
                      StatusCode: HTTP_301
                - - Type: forward
                    TargetGroupArn: !Ref Targets
      `,
      errors: [{ messageId: 'plainHttp', path: ['Resources', 'Listener', 'Properties', 'Protocol'], line: 9, column: 17, message: 'when condition HasCert is false' }],
    },
  ],
});
