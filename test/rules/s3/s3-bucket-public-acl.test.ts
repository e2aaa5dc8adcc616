import rule from '../../../rules/s3/s3-bucket-public-acl';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'private ACL',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: Private
      `,
    },
    {
      name: 'log delivery ACL is not public',
      yaml: `
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: LogDeliveryWrite
      `,
    },
    {
      name: 'public ACL ignored by IgnorePublicAcls (a naive rule flags the ACL)',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicRead
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                IgnorePublicAcls: true
                BlockPublicPolicy: true
                RestrictPublicBuckets: true
      `,
    },
    {
      name: 'ACL from a parameter without Default is unknown',
      yaml: `
        Parameters:
          Acl:
            Type: String
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: !Ref Acl
      `,
    },
  ],
  invalid: [
    {
      name: 'public read-write ACL',
      yaml: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicReadWrite
      `,
      errors: [{ messageId: 'publicAcl', path: ['Resources', 'Bucket', 'Properties', 'AccessControl'], line: 5, column: 22, message: 'read, write and delete' }],
      output: `
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: Private
      `,
    },
    {
      name: 'website bucket gets the CloudFront hint',
      yaml: `
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicRead
              WebsiteConfiguration:
                IndexDocument: index.html
      `,
      errors: [{ messageId: 'website', path: ['Resources', 'Site', 'Properties', 'AccessControl'], line: 5, column: 22 }],
    },
    {
      name: 'AuthenticatedRead from a parameter Default',
      yaml: `
        Parameters:
          Acl:
            Type: String
            Default: AuthenticatedRead
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: !Ref Acl
      `,
      errors: [{ messageId: 'publicAcl', path: ['Resources', 'Bucket', 'Properties', 'AccessControl'], line: 9, column: 22, message: 'from the Default of parameter Acl' }],
    },
    {
      name: 'public only in one Fn::If branch',
      yaml: `
        Conditions:
          Public: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: !If [Public, PublicRead, Private]
      `,
      errors: [{ messageId: 'publicAcl', path: ['Resources', 'Bucket', 'Properties', 'AccessControl', 'Fn::If', 1], line: 7, column: 35, message: 'when condition Public is true' }],
    },
  ],
});
