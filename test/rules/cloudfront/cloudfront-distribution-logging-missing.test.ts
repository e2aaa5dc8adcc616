import rule from '../../../rules/cloudfront/cloudfront-distribution-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'standard logging to a bucket',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Logging:
                  Bucket: !GetAtt CdnLogs.DomainName
                  Prefix: cdn/
          CdnLogs:
            Type: AWS::S3::Bucket
      `,
    },
    {
      name: 'logging v2 through a CloudWatch Logs delivery source (a naive rule flags it)',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
          CdnLogSource:
            Type: AWS::Logs::DeliverySource
            Properties:
              Name: cdn-access-logs
              LogType: ACCESS_LOGS
              ResourceArn: !Sub arn:aws:cloudfront::\${AWS::AccountId}:distribution/\${Cdn}
      `,
    },
  ],
  invalid: [
    {
      name: 'distribution without logging',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                PriceClass: PriceClass_100
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig'], line: 5, column: 7 }],
    },
    {
      name: 'logging only in one Fn::If branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Logging: !If [IsProd, { Bucket: logs.s3.amazonaws.com }, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'Logging'], line: 9, column: 9, message: 'when condition IsProd is false' }],
    },
  ],
});
