/**
 * What the fake AWS account holds: an insecure and a secure example of each thing the rules look
 * at, in two regions. Resource properties are in the CloudFormation shape Cloud Control returns.
 */

/** A fault injected into matching requests. `times` defaults to every matching request. */
export interface Fault {
  /** SigV4 signing name: cloudcontrolapi, iam, sts, ec2, s3, cloudtrail, guardduty, config, access-analyzer. */
  service: string;
  operation?: string;
  region?: string;
  /** For Cloud Control: only requests for this TypeName. */
  typeName?: string;
  kind: "throttle" | "access-denied" | "hang" | "unsupported";
  times?: number;
}

/** One Cloud Control resource. */
export interface FakeResource {
  identifier: string;
  properties: Record<string, unknown>;
}

export interface Trail {
  Name: string;
  TrailARN: string;
  HomeRegion: string;
  IsMultiRegionTrail: boolean;
  LogFileValidationEnabled: boolean;
  IncludeGlobalServiceEvents: boolean;
  IsOrganizationTrail: boolean;
  S3BucketName: string;
  KmsKeyId?: string;
}

export interface Scenario {
  accountId: string;
  callerArn: string;
  /** Regions with their opt-in status, as DescribeRegions reports them. */
  regions: Array<{ name: string; optInStatus: "opt-in-not-required" | "opted-in" | "not-opted-in" }>;
  /** region → type → resources. Global types (IAM, S3) live under the scan's home region. */
  resources: Record<string, Record<string, FakeResource[]>>;
  /** Items per page for every paginated list. */
  pageSize: number;
  summary: Record<string, number>;
  passwordPolicy: Record<string, number | boolean> | null;
  credentialReportCsv: string;
  /** GenerateCredentialReport answers STARTED this many times before COMPLETE. */
  credentialReportPolls: number;
  authorization: {
    UserDetailList: unknown[];
    GroupDetailList: unknown[];
    RoleDetailList: unknown[];
    Policies: unknown[];
  };
  publicAccessBlock: Record<string, boolean> | null;
  ebsEncryptionByDefault: Record<string, boolean>;
  /** Trails as DescribeTrails returns them in each region (shadow trails included). */
  trails: Record<string, Trail[]>;
  trailLogging: Record<string, boolean>;
  detectors: Record<string, Array<{ id: string; status: "ENABLED" | "DISABLED" }>>;
  recorders: Record<string, Array<{ name: string; recording: boolean; allSupported: boolean }>>;
  analyzers: Record<string, Array<{ name: string; type: string; status: string }>>;
  faults: Fault[];
}

export const ACCOUNT = "111122223333";
const A = ACCOUNT;

const adminEverything = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
};
const trustAnyone = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }],
};
const trustLambda = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
};
const readLogs = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `arn:aws:logs:us-east-1:${A}:*` }],
};

/** IAM returns policy documents URL-encoded. */
function iamDoc(document: unknown): string {
  return encodeURIComponent(JSON.stringify(document));
}

const CREDENTIAL_REPORT_COLUMNS =
  "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active," +
  "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
  "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service," +
  "cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

/** A fresh copy of the default scenario (tests may mutate it). */
export function defaultScenario(): Scenario {
  return {
    accountId: A,
    callerArn: `arn:aws:iam::${A}:user/auditor`,
    regions: [
      { name: "us-east-1", optInStatus: "opt-in-not-required" },
      { name: "eu-west-1", optInStatus: "opt-in-not-required" },
      { name: "af-south-1", optInStatus: "not-opted-in" },
    ],
    pageSize: 2,
    resources: {
      "us-east-1": {
        "AWS::S3::Bucket": [
          {
            identifier: "insecure-logs-111122223333",
            properties: {
              BucketName: "insecure-logs-111122223333",
              Arn: "arn:aws:s3:::insecure-logs-111122223333",
              VersioningConfiguration: { Status: "Suspended" },
            },
          },
          {
            identifier: "secure-data-111122223333",
            properties: {
              BucketName: "secure-data-111122223333",
              Arn: "arn:aws:s3:::secure-data-111122223333",
              BucketEncryption: {
                ServerSideEncryptionConfiguration: [
                  { ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms", KMSMasterKeyID: `arn:aws:kms:us-east-1:${A}:key/1111` } },
                ],
              },
              PublicAccessBlockConfiguration: {
                BlockPublicAcls: true,
                IgnorePublicAcls: true,
                BlockPublicPolicy: true,
                RestrictPublicBuckets: true,
              },
              VersioningConfiguration: { Status: "Enabled" },
              LoggingConfiguration: { DestinationBucketName: "insecure-logs-111122223333" },
            },
          },
          {
            identifier: "public-site-111122223333",
            properties: {
              BucketName: "public-site-111122223333",
              Arn: "arn:aws:s3:::public-site-111122223333",
              WebsiteConfiguration: { IndexDocument: "index.html" },
              PublicAccessBlockConfiguration: {
                BlockPublicAcls: false,
                IgnorePublicAcls: false,
                BlockPublicPolicy: false,
                RestrictPublicBuckets: false,
              },
            },
          },
        ],
        "AWS::IAM::Role": [
          {
            identifier: "admin-anyone",
            properties: {
              RoleName: "admin-anyone",
              Arn: `arn:aws:iam::${A}:role/admin-anyone`,
              AssumeRolePolicyDocument: trustAnyone,
              ManagedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess"],
            },
          },
          {
            identifier: "lambda-exec",
            properties: {
              RoleName: "lambda-exec",
              Arn: `arn:aws:iam::${A}:role/lambda-exec`,
              AssumeRolePolicyDocument: trustLambda,
            },
          },
        ],
        "AWS::IAM::User": [
          { identifier: "alice", properties: { UserName: "alice", Arn: `arn:aws:iam::${A}:user/alice` } },
        ],
        "AWS::EC2::SecurityGroup": [
          {
            identifier: "sg-0open22",
            properties: {
              GroupId: "sg-0open22",
              GroupDescription: "ssh from anywhere",
              VpcId: "vpc-1",
              SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, CidrIp: "0.0.0.0/0" }],
            },
          },
          {
            identifier: "sg-0private",
            properties: {
              GroupId: "sg-0private",
              GroupDescription: "https from the vpc",
              VpcId: "vpc-1",
              SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, CidrIp: "10.0.0.0/16" }],
            },
          },
        ],
        "AWS::EC2::Volume": [
          { identifier: "vol-0plain", properties: { VolumeId: "vol-0plain", AvailabilityZone: "us-east-1a", Size: 8, Encrypted: false } },
          { identifier: "vol-0sealed", properties: { VolumeId: "vol-0sealed", AvailabilityZone: "us-east-1a", Size: 8, Encrypted: true } },
        ],
        "AWS::RDS::DBInstance": [
          {
            identifier: "public-db",
            properties: {
              DBInstanceIdentifier: "public-db",
              DBInstanceArn: `arn:aws:rds:us-east-1:${A}:db:public-db`,
              Engine: "postgres",
              PubliclyAccessible: true,
              StorageEncrypted: false,
              BackupRetentionPeriod: 0,
            },
          },
        ],
      },
      "eu-west-1": {
        "AWS::EC2::SecurityGroup": [
          {
            identifier: "sg-0rdp",
            properties: {
              GroupId: "sg-0rdp",
              GroupDescription: "rdp from anywhere",
              VpcId: "vpc-2",
              SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 3389, ToPort: 3389, CidrIp: "0.0.0.0/0" }],
            },
          },
        ],
        "AWS::KMS::Key": [
          {
            identifier: "2222",
            properties: { KeyId: "2222", Arn: `arn:aws:kms:eu-west-1:${A}:key/2222`, EnableKeyRotation: false, KeyPolicy: adminEverything },
          },
        ],
      },
    },
    summary: { AccountMFAEnabled: 0, AccountAccessKeysPresent: 1, Users: 3, Roles: 2, Policies: 1 },
    passwordPolicy: { MinimumPasswordLength: 8, RequireSymbols: false, RequireNumbers: true, AllowUsersToChangePassword: true, ExpirePasswords: false },
    credentialReportCsv: [
      CREDENTIAL_REPORT_COLUMNS,
      `<root_account>,arn:aws:iam::${A}:root,2020-01-01T00:00:00+00:00,not_supported,2026-11-01T10:00:00+00:00,not_supported,not_supported,false,true,2020-01-02T00:00:00+00:00,2026-10-01T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
      `alice,arn:aws:iam::${A}:user/alice,2021-03-04T05:06:07+00:00,true,2026-11-20T08:00:00+00:00,2021-03-04T05:06:07+00:00,N/A,false,true,2021-03-04T05:06:07+00:00,2024-01-15T00:00:00+00:00,eu-west-1,ec2,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
      `bob,arn:aws:iam::${A}:user/bob,2022-01-01T00:00:00+00:00,true,2026-11-21T08:00:00+00:00,2026-06-01T00:00:00+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
      `ci-bot,arn:aws:iam::${A}:user/ci-bot,2023-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,true,2023-01-01T00:00:00+00:00,N/A,N/A,N/A,true,2026-11-01T00:00:00+00:00,2026-11-21T00:00:00+00:00,us-east-1,sts,false,N/A,false,N/A`,
    ].join("\n"),
    credentialReportPolls: 1,
    authorization: {
      UserDetailList: [
        {
          UserName: "alice",
          UserId: "AIDAALICE",
          Arn: `arn:aws:iam::${A}:user/alice`,
          Path: "/",
          CreateDate: "2021-03-04T05:06:07Z",
          GroupList: ["admins"],
          UserPolicyList: [{ PolicyName: "alice-everything", PolicyDocument: iamDoc(adminEverything) }],
          AttachedManagedPolicies: [],
        },
      ],
      GroupDetailList: [
        {
          GroupName: "admins",
          GroupId: "AGPAADMINS",
          Arn: `arn:aws:iam::${A}:group/admins`,
          Path: "/",
          CreateDate: "2021-01-01T00:00:00Z",
          GroupPolicyList: [],
          AttachedManagedPolicies: [{ PolicyName: "AdministratorAccess", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }],
        },
      ],
      RoleDetailList: [
        {
          RoleName: "admin-anyone",
          RoleId: "AROAADMIN",
          Arn: `arn:aws:iam::${A}:role/admin-anyone`,
          Path: "/",
          CreateDate: "2022-01-01T00:00:00Z",
          AssumeRolePolicyDocument: iamDoc(trustAnyone),
          RolePolicyList: [{ PolicyName: "inline-admin", PolicyDocument: iamDoc(adminEverything) }],
          AttachedManagedPolicies: [{ PolicyName: "AdministratorAccess", PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }],
        },
        {
          RoleName: "lambda-exec",
          RoleId: "AROALAMBDA",
          Arn: `arn:aws:iam::${A}:role/lambda-exec`,
          Path: "/service/",
          CreateDate: "2022-01-01T00:00:00Z",
          AssumeRolePolicyDocument: iamDoc(trustLambda),
          RolePolicyList: [{ PolicyName: "logs", PolicyDocument: iamDoc(readLogs) }],
          AttachedManagedPolicies: [],
          RoleLastUsed: { LastUsedDate: "2026-11-20T12:00:00Z", Region: "us-east-1" },
        },
        {
          RoleName: "ci-deployer",
          RoleId: "AROACI",
          Arn: `arn:aws:iam::${A}:role/ci-deployer`,
          Path: "/",
          CreateDate: "2023-01-01T00:00:00Z",
          AssumeRolePolicyDocument: iamDoc({
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: "sts:AssumeRole" }],
          }),
          RolePolicyList: [],
          AttachedManagedPolicies: [{ PolicyName: "ci-deploy", PolicyArn: `arn:aws:iam::${A}:policy/ci-deploy` }],
        },
      ],
      Policies: [
        {
          PolicyName: "AdministratorAccess",
          PolicyId: "ANPAADMIN",
          Arn: "arn:aws:iam::aws:policy/AdministratorAccess",
          Path: "/",
          DefaultVersionId: "v1",
          AttachmentCount: 2,
          IsAttachable: true,
          PolicyVersionList: [{ Document: iamDoc(adminEverything), VersionId: "v1", IsDefaultVersion: true, CreateDate: "2015-02-06T18:39:46Z" }],
        },
        {
          PolicyName: "ci-deploy",
          PolicyId: "ANPACI",
          Arn: `arn:aws:iam::${A}:policy/ci-deploy`,
          Path: "/",
          DefaultVersionId: "v2",
          AttachmentCount: 1,
          IsAttachable: true,
          PolicyVersionList: [
            { Document: iamDoc({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] }), VersionId: "v2", IsDefaultVersion: true, CreateDate: "2024-01-01T00:00:00Z" },
            { Document: iamDoc(readLogs), VersionId: "v1", IsDefaultVersion: false, CreateDate: "2023-01-01T00:00:00Z" },
          ],
        },
      ],
    },
    publicAccessBlock: null,
    ebsEncryptionByDefault: { "us-east-1": false, "eu-west-1": true },
    trails: {
      "us-east-1": [
        {
          Name: "org-trail",
          TrailARN: `arn:aws:cloudtrail:us-east-1:${A}:trail/org-trail`,
          HomeRegion: "us-east-1",
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          IncludeGlobalServiceEvents: true,
          IsOrganizationTrail: false,
          S3BucketName: "trail-logs",
          KmsKeyId: `arn:aws:kms:us-east-1:${A}:key/1111`,
        },
      ],
      "eu-west-1": [
        {
          Name: "org-trail",
          TrailARN: `arn:aws:cloudtrail:us-east-1:${A}:trail/org-trail`,
          HomeRegion: "us-east-1",
          IsMultiRegionTrail: true,
          LogFileValidationEnabled: true,
          IncludeGlobalServiceEvents: true,
          IsOrganizationTrail: false,
          S3BucketName: "trail-logs",
          KmsKeyId: `arn:aws:kms:us-east-1:${A}:key/1111`,
        },
        {
          Name: "eu-local",
          TrailARN: `arn:aws:cloudtrail:eu-west-1:${A}:trail/eu-local`,
          HomeRegion: "eu-west-1",
          IsMultiRegionTrail: false,
          LogFileValidationEnabled: false,
          IncludeGlobalServiceEvents: false,
          IsOrganizationTrail: false,
          S3BucketName: "eu-trail-logs",
        },
      ],
    },
    trailLogging: {
      [`arn:aws:cloudtrail:us-east-1:${A}:trail/org-trail`]: true,
      [`arn:aws:cloudtrail:eu-west-1:${A}:trail/eu-local`]: false,
    },
    detectors: { "us-east-1": [{ id: "d-1111", status: "ENABLED" }], "eu-west-1": [] },
    recorders: { "us-east-1": [{ name: "default", recording: true, allSupported: true }], "eu-west-1": [] },
    analyzers: {
      "us-east-1": [
        { name: "account-analyzer", type: "ACCOUNT", status: "ACTIVE" },
        { name: "unused-access", type: "ACCOUNT_UNUSED_ACCESS", status: "ACTIVE" },
        { name: "org-analyzer", type: "ORGANIZATION", status: "DISABLED" },
      ],
      "eu-west-1": [],
    },
    faults: [],
  };
}
