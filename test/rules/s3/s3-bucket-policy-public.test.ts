import rule from '../../../rules/s3/s3-bucket-policy-public';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    {
      name: 'principal is an account',
      yaml: `
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: arn:aws:iam::111122223333:root
                    Action: s3:GetObject
                    Resource: arn:aws:s3:::data/*
          Data:
            Type: AWS::S3::Bucket
      `,
    },
    {
      name: 'Deny with a wildcard principal enforcing TLS (a naive rule flags the *)',
      yaml: `
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: data
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: "*"
                    Action: s3:*
                    Resource: arn:aws:s3:::data/*
                    Condition:
                      Bool:
                        aws:SecureTransport: false
      `,
    },
    {
      name: 'wildcard narrowed by aws:SourceArn from a resource',
      yaml: `
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: s3:GetObject
                    Resource: !Sub "\${Data.Arn}/*"
                    Condition:
                      StringEquals:
                        aws:SourceArn: !Sub "arn:aws:cloudfront::\${AWS::AccountId}:distribution/\${Cdn}"
          Data:
            Type: AWS::S3::Bucket
          Cdn:
            Type: AWS::CloudFront::Distribution
      `,
    },
    {
      name: 'computed Condition counts as narrowing',
      yaml: `
        Conditions:
          Restrict: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: data
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: s3:GetObject
                    Resource: arn:aws:s3:::data/*
                    Condition: !If
                      - Restrict
                      - StringEquals:
                          aws:PrincipalOrgID: o-abc123
                      - StringEquals:
                          aws:PrincipalAccount: "111122223333"
      `,
    },
  ],
  invalid: [
    {
      name: 'Principal * string',
      yaml: `
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: "*"
                    Action: s3:GetObject
                    Resource: arn:aws:s3:::data/*
          Data:
            Type: AWS::S3::Bucket
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Principal'], line: 9, column: 24, message: 'perform s3:GetObject on bucket Data' }],
    },
    {
      name: 'AWS * in a list, SecureTransport condition does not narrow',
      yaml: `
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: data
              PolicyDocument:
                Statement:
                  - Sid: Everyone
                    Effect: Allow
                    Principal:
                      AWS: [arn:aws:iam::111122223333:root, "*"]
                    Action: [s3:GetObject, s3:PutObject]
                    Resource: arn:aws:s3:::data/*
                    Condition:
                      Bool:
                        aws:SecureTransport: true
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Principal', 'AWS', 1], line: 11, column: 53, message: '(statement Everyone)' }],
    },
    {
      name: 'Allow with NotPrincipal',
      yaml: `
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: data
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    NotPrincipal:
                      AWS: arn:aws:iam::111122223333:root
                    Action: s3:*
                    Resource: arn:aws:s3:::data/*
      `,
      errors: [{ messageId: 'notPrincipal', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'NotPrincipal'], line: 10, column: 15 }],
    },
    {
      name: 'public statement only under one Fn::If branch',
      yaml: `
        Conditions:
          IsPublic: !Equals [!Ref AWS::StackName, site]
        Resources:
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: data
              PolicyDocument:
                Statement:
                  - !If
                    - IsPublic
                    - Effect: Allow
                      Principal: "*"
                      Action: s3:GetObject
                      Resource: arn:aws:s3:::data/*
                    - !Ref AWS::NoValue
      `,
      errors: [{ messageId: 'anyone', path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Fn::If', 1, 'Principal'], line: 13, column: 26, message: 'when condition IsPublic is true' }],
    },
  ],
});
