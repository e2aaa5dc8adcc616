import rule from '../../../rules/ec2/ebs-volume-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted volume',
      yaml: `
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: 100
              Encrypted: true
      `,
    },
    {
      name: 'encryption from a parameter Default of "true" (a naive rule sees a Ref and gives up or flags)',
      yaml: `
        Parameters:
          EncryptVolumes:
            Type: String
            Default: "true"
            AllowedValues: ["true", "false"]
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: 100
              Encrypted: !Ref EncryptVolumes
      `,
    },
    {
      name: 'restored from a snapshot: encryption is inherited, not decidable here',
      yaml: `
        Resources:
          Restored:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              SnapshotId: snap-0123456789abcdef0
      `,
    },
    {
      name: 'encryption from a parameter without Default is unknown',
      yaml: `
        Parameters:
          Enc:
            Type: String
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Encrypted: !Ref Enc
      `,
    },
  ],
  invalid: [
    {
      name: 'Encrypted missing',
      yaml: `
        Resources:
          Scratch:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: 50
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Scratch'], line: 2, column: 3 }],
    },
    {
      name: 'Encrypted false, with the unsafe fix',
      yaml: `
        Resources:
          Scratch:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Encrypted: false # temporary
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Scratch', 'Properties', 'Encrypted'], line: 6, column: 18 }],
      output: `
        Resources:
          Scratch:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Encrypted: true # temporary
      `,
    },
    {
      name: 'false only when a condition is false, named in the message',
      yaml: `
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, "111122223333"]
        Resources:
          Scratch:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Encrypted: !If [IsProd, true, false]
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Scratch', 'Properties', 'Encrypted', 'Fn::If', 2], line: 8, column: 37, message: 'when condition IsProd is false' }],
    },
    {
      name: 'false through a parameter Default, reported where it is used',
      yaml: `
        Parameters:
          Enc:
            Type: String
            Default: "false"
        Resources:
          Scratch:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Encrypted: !Ref Enc
      `,
      errors: [{ messageId: 'isFalse', path: ['Resources', 'Scratch', 'Properties', 'Encrypted'], line: 10, column: 18, message: 'from the Default of parameter Enc' }],
    },
  ],
});
