import rule from '../../../rules/batch/batch-job-definition-privileged';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'privileged not specified',
      yaml: `
        Resources:
          Job:
            Type: AWS::Batch::JobDefinition
            Properties:
              Type: container
              ContainerProperties:
                Image: amazonlinux:2023
                Vcpus: 1
                Memory: 512
      `,
    },
    {
      name: 'privileged from a parameter defaulting to false (a naive rule sees a Ref)',
      yaml: `
        Parameters:
          Privileged:
            Type: String
            Default: 'false'
        Resources:
          Job:
            Type: AWS::Batch::JobDefinition
            Properties:
              Type: container
              ContainerProperties:
                Image: amazonlinux:2023
                Privileged: !Ref Privileged
      `,
    },
  ],
  invalid: [
    {
      name: 'privileged container',
      yaml: `
        Resources:
          Job:
            Type: AWS::Batch::JobDefinition
            Properties:
              Type: container
              ContainerProperties:
                Image: amazonlinux:2023
                Privileged: True
      `,
      errors: [{ messageId: 'privileged', path: ['Resources', 'Job', 'Properties', 'ContainerProperties', 'Privileged'], line: 8, column: 21 }],
      output: `
        Resources:
          Job:
            Type: AWS::Batch::JobDefinition
            Properties:
              Type: container
              ContainerProperties:
                Image: amazonlinux:2023
                Privileged: false
      `,
    },
    {
      name: 'privileged node container in a multi-node job, string form',
      yaml: `
        Resources:
          Job:
            Type: AWS::Batch::JobDefinition
            Properties:
              Type: multinode
              NodeProperties:
                NumNodes: 2
                MainNode: 0
                NodeRangeProperties:
                  - TargetNodes: '0:'
                    Container:
                      Image: amazonlinux:2023
                      Privileged: 'true'
      `,
      errors: [{ messageId: 'privileged', path: ['Resources', 'Job', 'Properties', 'NodeProperties', 'NodeRangeProperties', 0, 'Container', 'Privileged'], line: 13, column: 27 }],
    },
  ],
});
