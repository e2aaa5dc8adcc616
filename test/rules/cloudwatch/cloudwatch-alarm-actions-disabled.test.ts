import rule from '../../../rules/cloudwatch/cloudwatch-alarm-actions-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'actions enabled by default',
      yaml: `
        Resources:
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              MetricName: RootLogin
              Namespace: Security
              Statistic: Sum
              Period: 300
              EvaluationPeriods: 1
              Threshold: 1
              ComparisonOperator: GreaterThanOrEqualToThreshold
              AlarmActions: [arn:aws:sns:eu-west-1:111122223333:security]
      `,
    },
    {
      name: 'actions switched by a parameter without default (unknown)',
      yaml: `
        Parameters:
          Notify:
            Type: String
        Resources:
          Alarm:
            Type: AWS::CloudWatch::CompositeAlarm
            Properties:
              AlarmRule: ALARM(a) OR ALARM(b)
              ActionsEnabled: !Ref Notify
      `,
    },
  ],
  invalid: [
    {
      name: 'actions off',
      yaml: `
        Resources:
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              ActionsEnabled: false
              MetricName: RootLogin
              Namespace: Security
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Alarm', 'Properties', 'ActionsEnabled'], line: 5, column: 23 }],
      output: `
        Resources:
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              ActionsEnabled: true
              MetricName: RootLogin
              Namespace: Security
      `,
    },
    {
      name: 'actions off outside production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              ActionsEnabled: !If [IsProd, true, false]
              MetricName: RootLogin
              Namespace: Security
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Alarm', 'Properties', 'ActionsEnabled', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
