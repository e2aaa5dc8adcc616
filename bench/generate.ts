/**
 * Deterministic synthetic templates for benchmarks and robustness runs: a realistic mix of buckets,
 * security groups, volumes, databases, roles and functions, about 330 bytes of YAML per resource.
 */

export function templateObject(resources: number): Record<string, unknown> {
  // Mostly secure, like a maintained production template; a known fraction carries real mistakes
  // (every 4th bucket unencrypted, every 10th group open on SSH, every 8th volume unencrypted, databases
  // unencrypted in one Fn::If branch) so the editor has findings to show.
  const res: Record<string, unknown> = {
    LogBucket: {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      },
    },
  };
  for (let i = 0; i < resources - 1; i++) {
    const k = i % 6;
    if (k === 0)
      res[`Bucket${i}`] = {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          BucketName: { 'Fn::Sub': `\${AWS::StackName}-bucket-${i}` },
          ...(i % 4 === 0 ? {} : { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } }),
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
          VersioningConfiguration: { Status: 'Enabled' },
          LoggingConfiguration: { DestinationBucketName: { Ref: 'LogBucket' }, LogFilePrefix: `b${i}/` },
          Tags: [{ Key: 'team', Value: `t${i % 7}` }],
        },
      };
    else if (k === 1)
      res[`BucketPolicy${i}`] = {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: { Ref: `Bucket${i - 1}` },
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'TlsOnly',
                Effect: 'Deny',
                Principal: '*',
                Action: 's3:*',
                Resource: [{ 'Fn::GetAtt': [`Bucket${i - 1}`, 'Arn'] }, { 'Fn::Sub': `\${Bucket${i - 1}.Arn}/*` }],
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              },
            ],
          },
        },
      };
    else if (k === 2)
      res[`Sg${i}`] = {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `group ${i}`,
          VpcId: { Ref: 'VpcId' },
          SecurityGroupIngress: [
            { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0', Description: 'https' },
            { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: i % 10 === 2 ? '0.0.0.0/0' : '10.0.0.0/8', Description: 'ssh' },
          ],
        },
      };
    else if (k === 3)
      res[`Volume${i}`] = {
        Type: 'AWS::EC2::Volume',
        DeletionPolicy: 'Snapshot',
        UpdateReplacePolicy: 'Snapshot',
        Properties: { AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, Size: 20 + (i % 50), Encrypted: i % 8 !== 3, KmsKeyId: { Ref: 'DataKeyArn' } },
      };
    else if (k === 4)
      res[`Db${i}`] = {
        Type: 'AWS::RDS::DBInstance',
        DeletionPolicy: 'Snapshot',
        UpdateReplacePolicy: 'Snapshot',
        Properties: {
          Engine: 'postgres',
          DBInstanceClass: 'db.t4g.micro',
          AllocatedStorage: '20',
          MasterUsername: '{{resolve:secretsmanager:app-db:SecretString:username}}',
          ManageMasterUserPassword: true,
          StorageEncrypted: { 'Fn::If': ['IsProd', true, i % 9 !== 4] },
          KmsKeyId: { Ref: 'DataKeyArn' },
          BackupRetentionPeriod: 14,
          EnableCloudwatchLogsExports: ['postgresql'],
          DeletionProtection: true,
          MonitoringInterval: 60,
          MonitoringRoleArn: { Ref: 'MonitoringRoleArn' },
          MultiAZ: true,
          PubliclyAccessible: false,
          DBSubnetGroupName: { Ref: 'DbSubnetGroup' },
        },
      };
    else
      res[`Role${i}`] = {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          Policies: [{ PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: { 'Fn::Sub': `\${Bucket${i - 5}.Arn}/*` } }] } }],
        },
      };
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Synthetic benchmark template with ${resources} resources`,
    Parameters: {
      VpcId: { Type: 'AWS::EC2::VPC::Id' },
      Env: { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'prod'] },
      DataKeyArn: { Type: 'String' },
      MonitoringRoleArn: { Type: 'String' },
      DbSubnetGroup: { Type: 'String' },
    },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Resources: res,
  };
}
