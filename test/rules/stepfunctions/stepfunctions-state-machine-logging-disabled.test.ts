import rule from '../../../rules/stepfunctions/stepfunctions-state-machine-logging-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'error-level logging',
      yaml: `
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/flow
              LoggingConfiguration:
                Level: ERROR
                Destinations:
                  - CloudWatchLogsLogGroup:
                      LogGroupArn: arn:aws:logs:eu-west-1:111122223333:log-group:flow:*
      `,
    },
    {
      name: 'level from a parameter default ALL (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Level:
            Type: String
            Default: ALL
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/flow
              LoggingConfiguration:
                Level: !Ref Level
      `,
    },
  ],
  invalid: [
    {
      name: 'no logging configuration',
      yaml: `
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/flow
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Flow'], line: 2, column: 3 }],
    },
    {
      name: 'configuration without a level defaults to OFF',
      yaml: `
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/flow
              LoggingConfiguration:
                IncludeExecutionData: false
      `,
      errors: [{ messageId: 'off', path: ['Resources', 'Flow', 'Properties', 'LoggingConfiguration'], line: 6, column: 7 }],
    },
    {
      name: 'OFF outside production',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: arn:aws:iam::111122223333:role/flow
              LoggingConfiguration:
                Level: !If [IsProd, ERROR, 'OFF']
      `,
      errors: [{ messageId: 'off', path: ['Resources', 'Flow', 'Properties', 'LoggingConfiguration', 'Level', 'Fn::If', 2], message: 'when condition IsProd is false' }],
    },
  ],
});
