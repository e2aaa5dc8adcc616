import rule from '../../../rules/emr/emr-security-configuration-at-rest-encryption-disabled';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'at rest configured for S3 and local disks',
      yaml: `
        Resources:
          EmrSecurity:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration:
                EncryptionConfiguration:
                  EnableAtRestEncryption: true
                  EnableInTransitEncryption: false
                  AtRestEncryptionConfiguration:
                    S3EncryptionConfiguration:
                      EncryptionMode: SSE-S3
                    LocalDiskEncryptionConfiguration:
                      EncryptionKeyProviderType: AwsKms
                      AwsKmsKey: !Ref EmrKey
          EmrKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'JSON string form with at-rest encryption (a naive rule cannot read it)',
      yaml: `
        Resources:
          EmrSecurity:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration: '{"EncryptionConfiguration": {"EnableAtRestEncryption": true, "EnableInTransitEncryption": false, "AtRestEncryptionConfiguration": {"S3EncryptionConfiguration": {"EncryptionMode": "SSE-S3"}}}}'
      `,
    },
    {
      name: 'EnableAtRestEncryption from a parameter without default is unknown',
      yaml: `
        Parameters:
          AtRest:
            Type: String
        Resources:
          EmrSecurity:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration:
                EncryptionConfiguration:
                  EnableAtRestEncryption: !Ref AtRest
                  EnableInTransitEncryption: true
      `,
    },
  ],
  invalid: [
    {
      name: 'at rest disabled (in transit on is not this rule)',
      yaml: `
        Resources:
          EmrSecurity:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration:
                EncryptionConfiguration:
                  EnableAtRestEncryption: false
                  EnableInTransitEncryption: true
      `,
      errors: [{ messageId: 'disabled', path: ['Resources', 'EmrSecurity', 'Properties', 'SecurityConfiguration', 'EncryptionConfiguration', 'EnableAtRestEncryption'], line: 7, column: 35 }],
    },
    {
      name: 'at rest enabled but not configured',
      yaml: `
        Resources:
          EmrSecurity:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration:
                EncryptionConfiguration:
                  EnableAtRestEncryption: true
                  EnableInTransitEncryption: true
                  AtRestEncryptionConfiguration:
                    WrongKey: true
      `,
      errors: [{ messageId: 'misconfigured', path: ['Resources', 'EmrSecurity', 'Properties', 'SecurityConfiguration', 'EncryptionConfiguration', 'AtRestEncryptionConfiguration'], line: 10, column: 13 }],
    },
    {
      name: 'JSON string without EncryptionConfiguration (authentication only)',
      yaml: `
        Resources:
          EmrSecurity:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration: '{"AuthenticationConfiguration": {"KerberosConfiguration": {"Provider": "ClusterDedicatedKdc", "ClusterDedicatedKdcConfiguration": {"TicketLifetimeInHours": 24}}}}'
      `,
      errors: [{ messageId: 'noEncryption', path: ['Resources', 'EmrSecurity', 'Properties', 'SecurityConfiguration'], line: 5, column: 30 }],
    },
  ],
});
