import rule from '../../../rules/sns/sns-topic-unencrypted';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'AWS managed key is server-side encryption too',
      yaml: `
        Resources:
          Alerts:
            Type: AWS::SNS::Topic
            Properties:
              KmsMasterKeyId: alias/aws/sns
      `,
    },
    {
      name: 'key through a parameter default (a naive rule flags the Ref)',
      yaml: `
        Parameters:
          TopicKey:
            Type: String
            Default: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
        Resources:
          Alerts:
            Type: AWS::SNS::Topic
            Properties:
              KmsMasterKeyId: !Ref TopicKey
      `,
    },
  ],
  invalid: [
    {
      name: 'no KmsMasterKeyId',
      yaml: `
        Resources:
          Alerts:
            Type: AWS::SNS::Topic
            Properties:
              DisplayName: alerts
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alerts'], line: 2, column: 3 }],
    },
    {
      name: 'key only in one Fn::If branch',
      yaml: `
        Conditions:
          Prod: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Alerts:
            Type: AWS::SNS::Topic
            Properties:
              KmsMasterKeyId: !If [Prod, !Ref TopicKey, !Ref AWS::NoValue]
          TopicKey:
            Type: AWS::KMS::Key
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Alerts', 'Properties', 'KmsMasterKeyId'], line: 7, column: 7, message: 'when condition Prod is false' }],
    },
  ],
});
