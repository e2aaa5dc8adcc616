/**
 * Deterministic synthetic templates for benchmarks and robustness runs: a realistic mix of buckets,
 * security groups, volumes, databases, roles and functions, about 330 bytes of YAML per resource.
 */

export function templateObject(resources: number): Record<string, unknown> {
  const res: Record<string, unknown> = {};
  for (let i = 0; i < resources; i++) {
    const k = i % 6;
    if (k === 0)
      res[`Bucket${i}`] = {
        Type: 'AWS::S3::Bucket',
        Properties: {
          BucketName: { 'Fn::Sub': `\${AWS::StackName}-bucket-${i}` },
          ...(i % 4 === 0 ? {} : { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } }),
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
          Tags: [{ Key: 'team', Value: `t${i % 7}` }],
        },
      };
    else if (k === 1)
      res[`Sg${i}`] = {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: `group ${i}`,
          VpcId: { Ref: 'VpcId' },
          SecurityGroupIngress: [
            { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
            { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: i % 10 === 1 ? '0.0.0.0/0' : '10.0.0.0/8' },
          ],
        },
      };
    else if (k === 2)
      res[`Volume${i}`] = { Type: 'AWS::EC2::Volume', Properties: { AvailabilityZone: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }, Size: 20 + (i % 50), Encrypted: i % 8 !== 2 } };
    else if (k === 3)
      res[`Db${i}`] = {
        Type: 'AWS::RDS::DBInstance',
        Properties: { Engine: 'postgres', DBInstanceClass: 'db.t4g.micro', AllocatedStorage: '20', MasterUsername: 'app', ManageMasterUserPassword: true, StorageEncrypted: { 'Fn::If': ['IsProd', true, i % 9 !== 3] } },
      };
    else if (k === 4)
      res[`Role${i}`] = {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
          Policies: [{ PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: { 'Fn::Sub': `\${Bucket${i - 4}.Arn}/*` } }] } }],
        },
      };
    else res[`Fn${i}`] = { Type: 'AWS::Lambda::Function', Properties: { Runtime: 'nodejs20.x', Handler: 'index.handler', Role: { 'Fn::GetAtt': [`Role${i - 1}`, 'Arn'] }, Code: { ZipFile: 'exports.handler = async () => 1;' }, MemorySize: 128 } };
  }
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Synthetic benchmark template with ${resources} resources`,
    Parameters: { VpcId: { Type: 'AWS::EC2::VPC::Id' }, Env: { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'prod'] } },
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
    Resources: res,
  };
}
