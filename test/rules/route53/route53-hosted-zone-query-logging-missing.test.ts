import rule from '../../../rules/route53/route53-hosted-zone-query-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'public zone with query logging',
      yaml: `
        Resources:
          Zone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: example.com
              QueryLoggingConfig:
                CloudWatchLogsLogGroupArn: !Sub arn:aws:logs:us-east-1:\${AWS::AccountId}:log-group:/aws/route53/example.com
      `,
    },
    {
      name: 'private zone is skipped (a naive rule flags it)',
      yaml: `
        Resources:
          Zone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: internal.example.com
              VPCs:
                - VPCId: vpc-123
                  VPCRegion: !Ref AWS::Region
      `,
    },
  ],
  invalid: [
    {
      name: 'public zone without query logging',
      yaml: `
        Resources:
          Zone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: example.com
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Zone'], line: 2, column: 3 }],
    },
    {
      name: 'query logging only in production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Zone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: example.com
              QueryLoggingConfig: !If [IsProd, { CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:dns' }, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Zone', 'Properties', 'QueryLoggingConfig'], line: 8, column: 7, message: 'when condition IsProd is false' }],
    },
  ],
});
