import rule from '../../../rules/ecs/ecs-task-definition-logging-missing';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'awslogs driver',
      yaml: `
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: nginx
                  LogConfiguration:
                    LogDriver: awslogs
                    Options:
                      awslogs-group: web
                      awslogs-region: !Ref AWS::Region
                      awslogs-stream-prefix: web
      `,
    },
    {
      name: 'container definitions from a transform or import are not guessed',
      yaml: `
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions: !Split [',', !ImportValue shared-containers]
      `,
    },
  ],
  invalid: [
    {
      name: 'one of two containers without logs',
      yaml: `
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: nginx
                  LogConfiguration:
                    LogDriver: awslogs
                - Name: sidecar
                  Image: envoy
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Task', 'Properties', 'ContainerDefinitions', 1], line: 10, column: 11, message: 'Container sidecar' }],
    },
    {
      name: 'log configuration only in one branch',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, '111122223333']
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: web
                  Image: nginx
                  LogConfiguration: !If [IsProd, { LogDriver: awslogs }, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Task', 'Properties', 'ContainerDefinitions', 0, 'LogConfiguration'], line: 10, column: 11, message: 'when condition IsProd is false' }],
    },
  ],
});
