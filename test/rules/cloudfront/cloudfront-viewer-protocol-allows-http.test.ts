import rule from '../../../rules/cloudfront/cloudfront-viewer-protocol-allows-http';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'redirect-to-https everywhere',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                DefaultCacheBehavior:
                  TargetOriginId: site
                  ViewerProtocolPolicy: redirect-to-https
                CacheBehaviors:
                  - PathPattern: /api/*
                    TargetOriginId: api
                    ViewerProtocolPolicy: https-only
      `,
    },
    {
      name: 'allow-all only in a parameter that has no default (unknown)',
      yaml: `
        Parameters:
          ViewerPolicy:
            Type: String
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                DefaultCacheBehavior:
                  TargetOriginId: site
                  ViewerProtocolPolicy: !Ref ViewerPolicy
      `,
    },
  ],
  invalid: [
    {
      name: 'default behavior allows HTTP',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                DefaultCacheBehavior:
                  TargetOriginId: site
                  ViewerProtocolPolicy: allow-all
      `,
      errors: [{ messageId: 'allowAll', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'DefaultCacheBehavior', 'ViewerProtocolPolicy'], line: 9, column: 33 }],
      output: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                DefaultCacheBehavior:
                  TargetOriginId: site
                  ViewerProtocolPolicy: redirect-to-https
      `,
    },
    {
      name: 'second cache behavior allows HTTP via a parameter default',
      yaml: `
        Parameters:
          ApiViewerPolicy:
            Type: String
            Default: allow-all
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                DefaultCacheBehavior:
                  TargetOriginId: site
                  ViewerProtocolPolicy: https-only
                CacheBehaviors:
                  - PathPattern: /img/*
                    TargetOriginId: site
                    ViewerProtocolPolicy: redirect-to-https
                  - PathPattern: /api/*
                    TargetOriginId: api
                    ViewerProtocolPolicy: !Ref ApiViewerPolicy
      `,
      errors: [{ messageId: 'allowAll', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'CacheBehaviors', 1, 'ViewerProtocolPolicy'], line: 20, column: 35, message: 'cache behavior #2' }],
    },
  ],
});
