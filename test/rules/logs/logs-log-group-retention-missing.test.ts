import rule from '../../../rules/logs/logs-log-group-retention-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'retention set',
      yaml: `
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              RetentionInDays: 90
      `,
    },
    {
      name: 'retention from a parameter without default (unknown, but set)',
      yaml: `
        Parameters:
          Retention:
            Type: Number
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              RetentionInDays: !Ref Retention
      `,
    },
  ],
  invalid: [
    {
      name: 'log group without properties',
      yaml: `
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'AppLogs'], line: 2, column: 3 }],
      output: `
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              RetentionInDays: 365
      `,
    },
    {
      name: 'retention removed in one branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          AppLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              LogGroupName: /app/web
              RetentionInDays: !If [IsProd, 365, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'AppLogs', 'Properties', 'RetentionInDays'], line: 8, column: 7, message: 'when condition IsProd is false' }],
    },
  ],
});
