import rule from '../../../rules/ec2/ebs-volume-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'encrypted with a key of this template',
      yaml: `
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: 100
              Encrypted: true
              KmsKeyId: !Ref VolumeKey
          VolumeKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'unencrypted volume is left to ebs-volume-unencrypted (no double report)',
      yaml: `
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: 100
      `,
    },
    {
      name: 'key id from a parameter without default is unknown',
      yaml: `
        Parameters:
          Key:
            Type: String
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: 100
              Encrypted: true
              KmsKeyId: !Ref Key
      `,
    },
  ],
  invalid: [
    {
      name: 'encrypted, KmsKeyId removed with AWS::NoValue',
      yaml: `
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: 100
              Encrypted: 'true'
              KmsKeyId: !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Data', 'Properties', 'KmsKeyId'], line: 8, column: 7 }],
    },
    {
      name: 'AWS managed ebs alias',
      yaml: `
        Resources:
          Data:
            Type: AWS::EC2::Volume
            Properties:
              AvailabilityZone: eu-west-1a
              Size: 100
              Encrypted: true
              KmsKeyId: alias/aws/ebs
      `,
      errors: [{ messageId: 'awsManaged', path: ['Resources', 'Data', 'Properties', 'KmsKeyId'], line: 8, column: 17 }],
    },
  ],
});
