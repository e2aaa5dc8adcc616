import rule from '../../../rules/waf/cloudfront-distribution-without-waf';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'distribution with a web ACL',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                WebACLId: !GetAtt EdgeAcl.Arn
          EdgeAcl:
            Type: AWS::WAFv2::WebACL
            Properties:
              Scope: CLOUDFRONT
              DefaultAction: { Allow: {} }
      `,
    },
    {
      name: 'disabled distribution serves nothing (a naive rule flags it)',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: 'false'
      `,
    },
  ],
  invalid: [
    {
      name: 'no web ACL',
      yaml: `
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig'], line: 5, column: 7 }],
    },
    {
      name: 'web ACL only in production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                WebACLId: !If [IsProd, 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/abc', !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Cdn', 'Properties', 'DistributionConfig', 'WebACLId'], line: 9, column: 9, message: 'when condition IsProd is false' }],
    },
  ],
});
