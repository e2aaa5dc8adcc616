import rule from '../../../rules/ecs/ecs-efs-volume-transit-encryption-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'EFS volume with transit encryption',
      yaml: `
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Volumes:
                - Name: data
                  EFSVolumeConfiguration:
                    FilesystemId: !Ref FileSystem
                    TransitEncryption: ENABLED
      `,
    },
    {
      name: 'host and Docker volumes have no transit setting (a naive rule flags every volume)',
      yaml: `
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Volumes:
                - Name: scratch
                - Name: docker
                  DockerVolumeConfiguration:
                    Scope: task
                - Name: shared
                  EFSVolumeConfiguration:
                    FilesystemId: !Ref FileSystem
                    TransitEncryption: !Ref TransitSetting
        Parameters:
          TransitSetting:
            Type: String
      `,
    },
  ],
  invalid: [
    {
      name: 'EFS volume without TransitEncryption',
      yaml: `
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Volumes:
                - Name: data
                  EFSVolumeConfiguration:
                    FilesystemId: !Ref FileSystem
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Task', 'Properties', 'Volumes', 0, 'EFSVolumeConfiguration'], line: 7, column: 11, message: 'volume data' }],
      output: `
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Volumes:
                - Name: data
                  EFSVolumeConfiguration:
                    FilesystemId: !Ref FileSystem
                    TransitEncryption: ENABLED
      `,
    },
    {
      name: 'explicitly disabled in one Fn::If branch',
      yaml: `
        Conditions:
          Secure: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              Volumes:
                - Name: data
                  EFSVolumeConfiguration:
                    FilesystemId: !Ref FileSystem
                    TransitEncryption: !If [Secure, ENABLED, DISABLED]
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'Task', 'Properties', 'Volumes', 0, 'EFSVolumeConfiguration', 'TransitEncryption', 'Fn::If', 2], line: 11, column: 54, message: 'when condition Secure is false' }],
    },
  ],
});
