import rule from '../../../rules/s3/s3-bucket-secure-transport-not-enforced';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'bucket policy denies insecure transport',
      yaml: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: 's3:*'
                    Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/*']
                    Condition:
                      Bool:
                        aws:SecureTransport: false
      `,
    },
    {
      name: 'policy matched by literal bucket name, TLS version floor',
      yaml: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: acme-data
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: acme-data
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: 's3:*'
                    Resource: arn:aws:s3:::acme-data/*
                    Condition:
                      NumericLessThan:
                        s3:TlsVersion: '1.2'
      `,
    },
    {
      name: 'a bucket policy whose bucket is a parameter without default may be this bucket (unknown)',
      yaml: `
        Parameters:
          TargetBucket:
            Type: String
        Resources:
          Data:
            Type: AWS::S3::Bucket
          SomePolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref TargetBucket
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {Service: logging.s3.amazonaws.com}
                    Action: s3:PutObject
                    Resource: '*'
      `,
    },
  ],
  invalid: [
    {
      name: 'bucket without any policy',
      yaml: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
      `,
      errors: [{ messageId: 'noPolicy', path: ['Resources', 'Data'], line: 2, column: 3 }],
      output: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
          DataTlsOnlyPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: {Ref: Data}
              PolicyDocument:
                Version: "2012-10-17"
                Statement:
                  - Sid: DenyInsecureTransport
                    Effect: Deny
                    Principal: "*"
                    Action: s3:*
                    Resource:
                      - {Fn::GetAtt: [Data, Arn]}
                      - {Fn::Sub: "\${Data.Arn}/*"}
                    Condition:
                      Bool:
                        aws:SecureTransport: "false"
      `,
    },
    {
      name: 'existing policy without the deny; a policy of another bucket does not count',
      yaml: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
          Logs:
            Type: AWS::S3::Bucket
          LogsPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Logs
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: 's3:*'
                    Resource: !Sub '\${Logs.Arn}/*'
                    Condition:
                      Bool:
                        aws:SecureTransport: 'false'
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: !Sub arn:aws:iam::\${AWS::AccountId}:root
                    Action: s3:GetObject
                    Resource: !Sub '\${Data.Arn}/*'
      `,
      errors: [{ messageId: 'notInPolicy', path: ['Resources', 'Data'], line: 2, column: 3, message: 'bucket policy DataPolicy' }],
      output: `
        Resources:
          Data:
            Type: AWS::S3::Bucket
          Logs:
            Type: AWS::S3::Bucket
          LogsPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Logs
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: 's3:*'
                    Resource: !Sub '\${Logs.Arn}/*'
                    Condition:
                      Bool:
                        aws:SecureTransport: 'false'
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: !Sub arn:aws:iam::\${AWS::AccountId}:root
                    Action: s3:GetObject
                    Resource: !Sub '\${Data.Arn}/*'
                  - Sid: DenyInsecureTransport
                    Effect: Deny
                    Principal: "*"
                    Action: s3:*
                    Resource:
                      - !GetAtt [Data, Arn]
                      - !Sub "\${Data.Arn}/*"
                    Condition:
                      Bool:
                        aws:SecureTransport: "false"
      `,
    },
  ],
});
