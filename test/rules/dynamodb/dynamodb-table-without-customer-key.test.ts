import rule from '../../../rules/dynamodb/dynamodb-table-without-customer-key';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'customer managed key',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
              SSESpecification:
                SSEEnabled: true
                SSEType: KMS
                KMSMasterKeyId: !Ref TableKey
          TableKey:
            Type: AWS::KMS::Key
      `,
    },
    {
      name: 'SSEEnabled and key through parameter defaults',
      yaml: `
        Parameters:
          Sse:
            Type: String
            Default: 'true'
          Key:
            Type: String
            Default: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              SSESpecification:
                SSEEnabled: !Ref Sse
                KMSMasterKeyId: !Ref Key
      `,
    },
  ],
  invalid: [
    {
      name: 'no SSESpecification (AWS owned key)',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              BillingMode: PAY_PER_REQUEST
      `,
      errors: [{ messageId: 'ownedKey', path: ['Resources', 'Orders'], line: 2, column: 3 }],
    },
    {
      name: 'SSEEnabled false',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              SSESpecification:
                SSEEnabled: False
      `,
      errors: [{ messageId: 'ownedKey', path: ['Resources', 'Orders', 'Properties', 'SSESpecification', 'SSEEnabled'], line: 6, column: 21 }],
    },
    {
      name: 'SSE enabled without a key (AWS managed aws/dynamodb)',
      yaml: `
        Resources:
          Orders:
            Type: AWS::DynamoDB::Table
            Properties:
              SSESpecification:
                SSEEnabled: true
                SSEType: KMS
      `,
      errors: [{ messageId: 'managedKey', path: ['Resources', 'Orders', 'Properties', 'SSESpecification'], line: 5, column: 7 }],
    },
  ],
});
