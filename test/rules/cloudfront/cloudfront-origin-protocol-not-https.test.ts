import rule from '../../../rules/cloudfront/cloudfront-origin-protocol-not-https';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'https-only custom origin and an S3 origin',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Origins:
                  - Id: api
                    DomainName: api.example.com
                    CustomOriginConfig:
                      OriginProtocolPolicy: https-only
                      OriginSSLProtocols: [TLSv1.2]
                  - Id: assets
                    DomainName: !GetAtt Assets.RegionalDomainName
                    S3OriginConfig: {}
                DefaultCacheBehavior:
                  TargetOriginId: api
                  ViewerProtocolPolicy: redirect-to-https
      `,
    },
    {
      name: 'match-viewer when every viewer is redirected to HTTPS (a naive rule flags match-viewer)',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Origins:
                  - Id: api
                    DomainName: api.example.com
                    CustomOriginConfig:
                      OriginProtocolPolicy: match-viewer
                DefaultCacheBehavior:
                  TargetOriginId: api
                  ViewerProtocolPolicy: !If [IsProd, https-only, redirect-to-https]
      `,
    },
  ],
  invalid: [
    {
      name: 'http-only origin',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Origins:
                  - Id: api
                    DomainName: api.example.com
                    CustomOriginConfig:
                      OriginProtocolPolicy: http-only
                DefaultCacheBehavior:
                  TargetOriginId: api
                  ViewerProtocolPolicy: redirect-to-https
      `,
      errors: [{ messageId: 'httpOnly', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'Origins', 0, 'CustomOriginConfig', 'OriginProtocolPolicy'], line: 11, column: 37, message: 'origin api' }],
      output: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Origins:
                  - Id: api
                    DomainName: api.example.com
                    CustomOriginConfig:
                      OriginProtocolPolicy: https-only
                DefaultCacheBehavior:
                  TargetOriginId: api
                  ViewerProtocolPolicy: redirect-to-https
      `,
    },
    {
      name: 'match-viewer with an allow-all behavior, and SSLv3 to the origin',
      yaml: `
        Parameters:
          OriginPolicy:
            Type: String
            Default: match-viewer
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Origins:
                  - Id: legacy
                    DomainName: legacy.example.com
                    CustomOriginConfig:
                      OriginProtocolPolicy: !Ref OriginPolicy
                      OriginSSLProtocols: [SSLv3, TLSv1]
                DefaultCacheBehavior:
                  TargetOriginId: legacy
                  ViewerProtocolPolicy: allow-all
      `,
      errors: [
        { messageId: 'matchViewer', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'Origins', 0, 'CustomOriginConfig', 'OriginProtocolPolicy'], line: 15, column: 37 },
        { messageId: 'sslv3', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'Origins', 0, 'CustomOriginConfig', 'OriginSSLProtocols', 0], line: 16, column: 36 },
      ],
    },
  ],
});
