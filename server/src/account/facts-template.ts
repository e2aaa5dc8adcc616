/**
 * Account-level facts (root account, password policy, credential report, account-wide S3 public
 * access block, EBS default encryption, CloudTrail, GuardDuty, Config, Access Analyzer) and the IAM
 * authorization details, rendered as one document of kind "account". Facts become resources of
 * `Shieldwall::…` pseudo types that account rules check; users, groups, roles and customer-managed
 * policies become their real `AWS::IAM::…` types, so the same IAM and MFA rules that read templates
 * read the live account. A fact that was not checked is simply absent: rules never guess about it.
 */
import { stringify } from 'yaml';
import type { AccountSnapshot } from './snapshot';

/** The pseudo resource types of account facts, for rule authors. */
export const ACCOUNT_TYPES = {
  root: 'Shieldwall::Account::Root',
  passwordPolicy: 'Shieldwall::IAM::PasswordPolicy',
  credentialUser: 'Shieldwall::IAM::CredentialReportUser',
  s3PublicAccessBlock: 'Shieldwall::S3::AccountPublicAccessBlock',
  ebsDefaultEncryption: 'Shieldwall::EC2::EbsEncryptionByDefault',
  cloudTrail: 'Shieldwall::CloudTrail::AccountTrails',
  guardDuty: 'Shieldwall::GuardDuty::RegionStatus',
  config: 'Shieldwall::Config::RegionStatus',
  accessAnalyzer: 'Shieldwall::AccessAnalyzer::RegionStatus',
} as const;

export interface FactsDocument {
  uri: string;
  text: string;
  /** Logical id → live identity (ARN or description) for reports. */
  origins: Map<string, { identifier: string; region: string; arn?: string }>;
}

function id(...parts: string[]): string {
  return parts
    .join(' ')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('')
    .slice(0, 200);
}

/** Renders the account's facts as a YAML document of kind "account". */
export function factsToDocument(snapshot: AccountSnapshot): FactsDocument {
  const f = snapshot.facts;
  const resources: Record<string, { Type: string; Properties: Record<string, unknown> }> = {};
  const origins = new Map<string, { identifier: string; region: string; arn?: string }>();
  const add = (logicalId: string, type: string, props: Record<string, unknown>, origin: { identifier: string; region: string; arn?: string }) => {
    let lid = logicalId || 'Fact';
    for (let n = 2; lid in resources; n++) lid = `${logicalId}${n}`;
    resources[lid] = { Type: type, Properties: props };
    origins.set(lid, origin);
  };
  const acct = `arn:${snapshot.partition}:iam::${snapshot.accountId}:root`;
  if (f.root) add('RootAccount', ACCOUNT_TYPES.root, { MfaEnabled: f.root.mfaEnabled, AccessKeysPresent: f.root.accessKeysPresent }, { identifier: 'root account', region: 'global', arn: acct });
  if (f.passwordPolicy !== undefined) {
    const p = f.passwordPolicy;
    add(
      'PasswordPolicy',
      ACCOUNT_TYPES.passwordPolicy,
      p === null
        ? { Configured: false }
        : {
            Configured: true,
            MinimumPasswordLength: p.minimumPasswordLength,
            RequireSymbols: p.requireSymbols,
            RequireNumbers: p.requireNumbers,
            RequireUppercaseCharacters: p.requireUppercaseCharacters,
            RequireLowercaseCharacters: p.requireLowercaseCharacters,
            PasswordReusePrevention: p.passwordReusePrevention,
            MaxPasswordAge: p.maxPasswordAge,
          },
      { identifier: 'account password policy', region: 'global' },
    );
  }
  for (const u of f.credentialReport?.users ?? []) {
    if (u.isRoot) continue;
    add(
      id('Credentials', u.user),
      ACCOUNT_TYPES.credentialUser,
      {
        UserName: u.user,
        PasswordEnabled: u.passwordEnabled ?? false,
        MfaActive: u.mfaActive,
        ReportGeneratedAt: f.credentialReport?.generatedAt,
        AccessKeys: u.accessKeys.map((k) => ({ Active: k.active, LastRotated: k.lastRotated, LastUsed: k.lastUsed })),
      },
      { identifier: `user ${u.user}`, region: 'global', arn: u.arn },
    );
  }
  if (f.s3PublicAccessBlock !== undefined) {
    const b = f.s3PublicAccessBlock;
    add(
      'S3AccountPublicAccessBlock',
      ACCOUNT_TYPES.s3PublicAccessBlock,
      b === null ? { Configured: false } : { Configured: true, BlockPublicAcls: b.blockPublicAcls, IgnorePublicAcls: b.ignorePublicAcls, BlockPublicPolicy: b.blockPublicPolicy, RestrictPublicBuckets: b.restrictPublicBuckets },
      { identifier: 'account S3 public access block', region: 'global' },
    );
  }
  for (const [region, enabled] of Object.entries(f.ebsEncryptionByDefault)) add(id('EbsDefaultEncryption', region), ACCOUNT_TYPES.ebsDefaultEncryption, { Region: region, Enabled: enabled }, { identifier: `EBS encryption by default in ${region}`, region });
  if (f.cloudTrail) {
    add(
      'CloudTrail',
      ACCOUNT_TYPES.cloudTrail,
      { Trails: f.cloudTrail.trails.map((t) => ({ Name: t.name, IsMultiRegionTrail: t.isMultiRegion, IsLogging: t.isLogging, EnableLogFileValidation: t.logFileValidationEnabled, IsOrganizationTrail: t.isOrganizationTrail })) },
      { identifier: 'CloudTrail trails', region: 'global' },
    );
  }
  for (const [region, g] of Object.entries(f.guardDuty)) add(id('GuardDuty', region), ACCOUNT_TYPES.guardDuty, { Region: region, Detectors: g.detectors.map((d) => ({ Id: d.id, Status: d.status })) }, { identifier: `GuardDuty in ${region}`, region });
  for (const [region, c] of Object.entries(f.config)) add(id('Config', region), ACCOUNT_TYPES.config, { Region: region, Recorders: c.recorders.map((r) => ({ Name: r.name, Recording: r.recording, AllSupported: r.allSupported })) }, { identifier: `AWS Config in ${region}`, region });
  for (const [region, a] of Object.entries(f.accessAnalyzer)) add(id('AccessAnalyzer', region), ACCOUNT_TYPES.accessAnalyzer, { Region: region, Analyzers: a.analyzers.map((x) => ({ Name: x.name, Type: x.type, Status: x.status })) }, { identifier: `IAM Access Analyzer in ${region}`, region });

  // IAM, through the same rules as templates.
  const iam = f.iam;
  const consoleUsers = new Set((f.credentialReport?.users ?? []).filter((u) => u.passwordEnabled).map((u) => u.user));
  const policyDocs = (ps: Array<{ name: string; document: unknown }>) => ps.filter((p) => p.document && typeof p.document === 'object').map((p) => ({ PolicyName: p.name, PolicyDocument: p.document }));
  for (const u of iam?.users ?? []) {
    add(
      id('User', u.name),
      'AWS::IAM::User',
      { UserName: u.name, Groups: u.groups, Policies: policyDocs(u.inlinePolicies), ManagedPolicyArns: u.attachedPolicies.map((p) => p.arn), ...(consoleUsers.has(u.name) ? { LoginProfile: { Password: '(set)' } } : {}) },
      { identifier: `user ${u.name}`, region: 'global', arn: u.arn },
    );
  }
  for (const g of iam?.groups ?? []) add(id('Group', g.name), 'AWS::IAM::Group', { GroupName: g.name, Policies: policyDocs(g.inlinePolicies), ManagedPolicyArns: g.attachedPolicies.map((p) => p.arn) }, { identifier: `group ${g.name}`, region: 'global', arn: g.arn });
  for (const r of iam?.roles ?? []) {
    add(
      id('Role', r.name),
      'AWS::IAM::Role',
      { RoleName: r.name, AssumeRolePolicyDocument: r.trustPolicy, Policies: policyDocs(r.inlinePolicies), ManagedPolicyArns: r.attachedPolicies.map((p) => p.arn) },
      { identifier: `role ${r.name}`, region: 'global', arn: r.arn },
    );
  }
  for (const p of iam?.managedPolicies ?? []) {
    if (p.awsManaged || !p.document || typeof p.document !== 'object') continue;
    const users = (iam?.users ?? []).filter((u) => u.attachedPolicies.some((a) => a.arn === p.arn)).map((u) => u.name);
    const groups = (iam?.groups ?? []).filter((g) => g.attachedPolicies.some((a) => a.arn === p.arn)).map((g) => g.name);
    const roles = (iam?.roles ?? []).filter((r) => r.attachedPolicies.some((a) => a.arn === p.arn)).map((r) => r.name);
    add(id('Policy', p.name), 'AWS::IAM::ManagedPolicy', { ManagedPolicyName: p.name, PolicyDocument: p.document, Users: users, Groups: groups, Roles: roles }, { identifier: `policy ${p.name}`, region: 'global', arn: p.arn });
  }
  const doc = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Account-level facts and IAM of AWS account ${snapshot.accountId}, read by Shieldwall`,
    Resources: resources,
  };
  return { uri: `aws://${snapshot.accountId}/account.yaml`, text: stringify(doc, { lineWidth: 0 }), origins };
}
