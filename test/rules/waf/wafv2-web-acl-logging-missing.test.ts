import rule from '../../../rules/waf/wafv2-web-acl-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'web ACL with a logging configuration',
      yaml: `
        Resources:
          WebAcl:
            Type: AWS::WAFv2::WebACL
            Properties:
              Scope: REGIONAL
              DefaultAction: { Allow: {} }
          WebAclLogging:
            Type: AWS::WAFv2::LoggingConfiguration
            Properties:
              ResourceArn: !GetAtt WebAcl.Arn
              LogDestinationConfigs:
                - !Sub arn:aws:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:aws-waf-logs-app
      `,
    },
    {
      name: 'logging configuration picks the ACL in both branches',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          WebAcl:
            Type: AWS::WAFv2::WebACL
            Properties:
              Scope: REGIONAL
              DefaultAction: { Allow: {} }
          WebAclLogging:
            Type: AWS::WAFv2::LoggingConfiguration
            Properties:
              ResourceArn: !If [IsProd, !GetAtt WebAcl.Arn, !GetAtt WebAcl.Arn]
              LogDestinationConfigs: [arn:aws:s3:::aws-waf-logs-app]
      `,
    },
  ],
  invalid: [
    {
      name: 'web ACL without logging',
      yaml: `
        Resources:
          WebAcl:
            Type: AWS::WAFv2::WebACL
            Properties:
              Scope: CLOUDFRONT
              DefaultAction: { Block: {} }
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'WebAcl'], line: 2, column: 3 }],
    },
    {
      name: 'logging configuration for another ACL',
      yaml: `
        Resources:
          WebAcl:
            Type: AWS::WAFv2::WebACL
            Properties:
              Scope: REGIONAL
              DefaultAction: { Allow: {} }
          OtherAcl:
            Type: AWS::WAFv2::WebACL
            Properties:
              Scope: REGIONAL
              DefaultAction: { Allow: {} }
          Logging:
            Type: AWS::WAFv2::LoggingConfiguration
            Properties:
              ResourceArn: !GetAtt OtherAcl.Arn
              LogDestinationConfigs: [arn:aws:s3:::aws-waf-logs-app]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'WebAcl'], line: 2, column: 3 }],
    },
  ],
});
