import rule from '../../../rules/cloudfront/cloudfront-minimum-tls-outdated';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'ACM certificate with TLSv1.2_2021',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Aliases: [www.example.com]
                ViewerCertificate:
                  AcmCertificateArn: !Ref Certificate
                  SslSupportMethod: sni-only
                  MinimumProtocolVersion: TLSv1.2_2021
      `,
    },
    {
      name: 'minimum version in both Fn::If branches is modern (a naive rule flags the If)',
      yaml: `
        Conditions:
          Strict: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                ViewerCertificate:
                  AcmCertificateArn: !Ref Certificate
                  SslSupportMethod: sni-only
                  MinimumProtocolVersion: !If [Strict, TLSv1.2_2021, TLSv1.2_2019]
      `,
    },
  ],
  invalid: [
    {
      name: 'TLSv1 minimum',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                ViewerCertificate:
                  AcmCertificateArn: !Ref Certificate
                  SslSupportMethod: sni-only
                  MinimumProtocolVersion: TLSv1
      `,
      errors: [{ messageId: 'outdated', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'ViewerCertificate', 'MinimumProtocolVersion'], line: 10, column: 35 }],
      output: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                ViewerCertificate:
                  AcmCertificateArn: !Ref Certificate
                  SslSupportMethod: sni-only
                  MinimumProtocolVersion: TLSv1.2_2021
      `,
    },
    {
      name: 'custom certificate without a minimum version',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                ViewerCertificate:
                  IamCertificateId: ASCAEXAMPLE
                  SslSupportMethod: sni-only
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'ViewerCertificate'], line: 7, column: 9 }],
      output: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                ViewerCertificate:
                  IamCertificateId: ASCAEXAMPLE
                  SslSupportMethod: sni-only
                  MinimumProtocolVersion: TLSv1.2_2021
      `,
    },
    {
      name: 'default CloudFront certificate, and no viewer certificate at all',
      yaml: `
        Resources:
          Explicit:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                ViewerCertificate:
                  CloudFrontDefaultCertificate: 'true'
                  MinimumProtocolVersion: TLSv1.2_2021
          Implicit:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
          Empty:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                ViewerCertificate: {SslSupportMethod: sni-only}
      `,
      errors: [
        { messageId: 'defaultCert', path: ['Resources', 'Explicit', 'Properties', 'DistributionConfig', 'ViewerCertificate', 'CloudFrontDefaultCertificate'], line: 8, column: 41 },
        { messageId: 'defaultCert', path: ['Resources', 'Implicit', 'Properties', 'DistributionConfig'], line: 13, column: 7 },
        { messageId: 'defaultCert', path: ['Resources', 'Empty', 'Properties', 'DistributionConfig', 'ViewerCertificate'], line: 20, column: 28 },
      ],
    },
  ],
});
