import rule from '../../../rules/emr/emr-cluster-without-security-configuration';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'security configuration of this template',
      yaml: `
        Resources:
          Analytics:
            Type: AWS::EMR::Cluster
            Properties:
              Name: analytics
              ReleaseLabel: emr-7.1.0
              SecurityConfiguration: !Ref EncryptedEmr
          EncryptedEmr:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration: {}
      `,
    },
    {
      name: 'configuration name from a parameter without default is unknown (cfn_nag flags it)',
      yaml: `
        Parameters:
          ExternalSecurityConfiguration:
            Type: String
        Resources:
          Analytics:
            Type: AWS::EMR::Cluster
            Properties:
              Name: analytics
              ReleaseLabel: emr-7.1.0
              SecurityConfiguration: !Ref ExternalSecurityConfiguration
      `,
    },
  ],
  invalid: [
    {
      name: 'cluster without SecurityConfiguration',
      yaml: `
        Resources:
          Analytics:
            Type: AWS::EMR::Cluster
            Properties:
              Name: analytics
              ReleaseLabel: emr-7.1.0
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Analytics'], line: 2, column: 3 }],
    },
    {
      name: 'configuration removed in one Fn::If branch',
      yaml: `
        Conditions:
          Secure: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Analytics:
            Type: AWS::EMR::Cluster
            Properties:
              Name: analytics
              ReleaseLabel: emr-7.1.0
              SecurityConfiguration: !If [Secure, emr-encrypted, !Ref AWS::NoValue]
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Analytics', 'Properties', 'SecurityConfiguration'], line: 9, column: 7, message: 'when condition Secure is false' }],
    },
  ],
});
