import rule from '../../../rules/s3/s3-bucket-public-access-not-blocked';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'all four flags true',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: true
                IgnorePublicAcls: true
                RestrictPublicBuckets: true
      `,
    },
    {
      name: 'flags from parameter defaults and quoted strings',
      yaml: `
        Parameters:
          Block:
            Type: String
            Default: "true"
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: !Ref Block
                BlockPublicPolicy: "true"
                IgnorePublicAcls: True
                RestrictPublicBuckets: !Ref Block
      `,
    },
    {
      name: 'a flag from a parameter without Default is unknown, not reported',
      yaml: `
        Parameters:
          Open:
            Type: String
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: !Ref Open
                IgnorePublicAcls: true
                RestrictPublicBuckets: true
      `,
    },
  ],
  invalid: [
    {
      name: 'no configuration, safe fix adds all four',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: reports
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Bucket'], line: 2, column: 3 }],
      output: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: reports
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: true
                IgnorePublicAcls: true
                RestrictPublicBuckets: true
      `,
    },
    {
      name: 'one flag false and one omitted',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: false
                IgnorePublicAcls: true
      `,
      errors: [
        { messageId: 'flagOff', path: ['Resources', 'Bucket', 'Properties', 'PublicAccessBlockConfiguration', 'BlockPublicPolicy'], line: 7, column: 28 },
        { messageId: 'flagMissing', path: ['Resources', 'Bucket', 'Properties', 'PublicAccessBlockConfiguration'], line: 5, column: 7, message: 'omits RestrictPublicBuckets' },
      ],
      output: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: true
                IgnorePublicAcls: true
      `,
    },
    {
      name: 'configuration only in one Fn::If branch',
      yaml: `
        Conditions:
          Private: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration: !If
                - Private
                - {BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}
                - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'missing', path: ['Resources', 'Bucket', 'Properties', 'PublicAccessBlockConfiguration'], line: 7, column: 7, message: 'when condition Private is false' }],
    },
  ],
});
