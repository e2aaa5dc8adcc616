import rule from '../../../rules/cloudtrail/cloudtrail-trail-without-cloudwatch-logs';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'trail delivering to a log group',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
              CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
              CloudWatchLogsRoleArn: !GetAtt TrailRole.Arn
          TrailLogs:
            Type: AWS::Logs::LogGroup
          TrailRole:
            Type: AWS::IAM::Role
      `,
    },
    {
      name: 'log group ARN imported from another stack (unknown value, still set)',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
              CloudWatchLogsLogGroupArn: !ImportValue central-trail-log-group
              CloudWatchLogsRoleArn: !ImportValue central-trail-role
      `,
    },
  ],
  invalid: [
    {
      name: 'no CloudWatch Logs delivery',
      yaml: `
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Trail'], line: 2, column: 3 }],
    },
    {
      name: 'delivery only when a condition holds',
      yaml: `
        Conditions:
          Alerting: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Trail:
            Type: AWS::CloudTrail::Trail
            Properties:
              IsLogging: true
              S3BucketName: trail-bucket
              CloudWatchLogsLogGroupArn: !If [Alerting, 'arn:aws:logs:us-east-1:111122223333:log-group:trail:*', !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Trail', 'Properties', 'CloudWatchLogsLogGroupArn'], line: 9, column: 7, message: 'when condition Alerting is false' }],
    },
  ],
});
