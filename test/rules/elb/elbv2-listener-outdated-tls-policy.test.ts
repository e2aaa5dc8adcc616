import rule from '../../../rules/elb/elbv2-listener-outdated-tls-policy';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'TLS 1.2+ policy',
      yaml: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 443
              Protocol: HTTPS
              SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
              Certificates:
                - CertificateArn: !Ref Cert
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
    },
    {
      name: 'HTTP listener has no TLS policy to check (a naive rule flags the missing SslPolicy)',
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
                    StatusCode: HTTP_301
      `,
    },
    {
      name: 'policy from a parameter default that is modern',
      yaml: `
        Parameters:
          TlsPolicy:
            Type: String
            Default: ELBSecurityPolicy-FS-1-2-Res-2020-10
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Nlb
              Port: 443
              Protocol: TLS
              SslPolicy: !Ref TlsPolicy
              Certificates:
                - CertificateArn: !Ref Cert
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
    },
  ],
  invalid: [
    {
      name: 'ELBSecurityPolicy-2016-08',
      yaml: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 443
              Protocol: HTTPS
              SslPolicy: ELBSecurityPolicy-2016-08
              Certificates:
                - CertificateArn: !Ref Cert
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
      errors: [{ messageId: 'outdated', path: ['Resources', 'Listener', 'Properties', 'SslPolicy'], line: 8, column: 18 }],
      output: `
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Alb
              Port: 443
              Protocol: HTTPS
              SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
              Certificates:
                - CertificateArn: !Ref Cert
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
    },
    {
      name: 'HTTPS listener without SslPolicy',
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
      errors: [{ messageId: 'missing', path: ['Resources', 'Listener'], line: 2, column: 3 }],
      output: `
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
              SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
      `,
    },
    {
      name: 'old policy in one Fn::If branch',
      yaml: `
        Conditions:
          Legacy: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Listener:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties:
              LoadBalancerArn: !Ref Nlb
              Port: 443
              Protocol: TLS
              SslPolicy: !If [Legacy, ELBSecurityPolicy-TLS-1-1-2017-01, ELBSecurityPolicy-TLS13-1-2-2021-06]
              Certificates:
                - CertificateArn: !Ref Cert
              DefaultActions:
                - Type: forward
                  TargetGroupArn: !Ref Targets
      `,
      errors: [{ messageId: 'outdated', path: ['Resources', 'Listener', 'Properties', 'SslPolicy', 'Fn::If', 1], line: 10, column: 31, message: 'when condition Legacy is true' }],
    },
  ],
});
