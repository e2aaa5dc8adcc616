/**
 * The account snapshot: what one read-only scan of a live AWS account collected, in plain data
 * (JSON-serializable) so the engine, the CLI and tests can consume it without the SDK.
 *
 * Convention for facts: `undefined` means "not checked" (a gap says why); `null` means "checked,
 * and the account has none" (for example no password policy set).
 */
import type { GapKind } from "./errors";

/** The pseudo-region used for account-wide (global) checks and global resources. */
export const GLOBAL_REGION = "global";

/** One resource read through Cloud Control, properties in the CloudFormation shape. */
export interface SnapshotResource {
  /** AWS region, or "global" for IAM, CloudFront and S3 buckets. */
  region: string;
  /** CloudFormation type name, e.g. AWS::S3::Bucket. */
  typeName: string;
  /** Cloud Control primary identifier. */
  identifier: string;
  arn?: string;
  /** The resource's properties as Cloud Control GetResource returned them (parsed JSON). */
  properties: unknown;
}

/** A check that could not be done, and why. Rendered as "not checked: …". */
export interface CoverageGap {
  /** What was not checked, e.g. "guardduty", "iam:credential-report", "cloudcontrol:AWS::S3::Bucket". */
  service: string;
  region: string;
  kind: GapKind;
  reason: string;
}

/** A check that completed. */
export interface CoverageEntry {
  service: string;
  region: string;
}

/** iam:GetAccountSummary, the parts that matter for findings. */
export interface RootAccountFacts {
  mfaEnabled: boolean;
  accessKeysPresent: boolean;
  /** The raw SummaryMap, for rules that want counts (Users, Roles, Policies, …). */
  summary: Record<string, number>;
}

/** iam:GetAccountPasswordPolicy, as returned. */
export interface PasswordPolicyFacts {
  minimumPasswordLength?: number;
  requireSymbols?: boolean;
  requireNumbers?: boolean;
  requireUppercaseCharacters?: boolean;
  requireLowercaseCharacters?: boolean;
  allowUsersToChangePassword?: boolean;
  expirePasswords?: boolean;
  maxPasswordAge?: number;
  passwordReusePrevention?: number;
  hardExpiry?: boolean;
}

/** One access key column pair of the credential report. */
export interface CredentialReportKey {
  active: boolean;
  /** ISO timestamps, undefined when the report says N/A. */
  lastRotated?: string;
  lastUsed?: string;
}

/** One row of the IAM credential report. */
export interface CredentialReportUser {
  user: string;
  arn: string;
  /** True for the `<root_account>` row. */
  isRoot: boolean;
  /** Console password; the root row reports "not_supported" and is mapped to undefined. */
  passwordEnabled?: boolean;
  passwordLastUsed?: string;
  mfaActive: boolean;
  accessKeys: [CredentialReportKey, CredentialReportKey];
  userCreationTime?: string;
}

/** iam:GenerateCredentialReport + GetCredentialReport, parsed. */
export interface CredentialReportFacts {
  /** When IAM generated the report; compare ages against this, not the wall clock. */
  generatedAt?: string;
  users: CredentialReportUser[];
}

/** An IAM policy document, parsed from IAM's URL-encoded JSON; the raw text if it does not parse. */
export type PolicyDocument = unknown;

/** An inline policy attached to a principal. */
export interface InlinePolicy {
  name: string;
  document: PolicyDocument;
}

/** An attached managed policy reference. */
export interface AttachedPolicy {
  name?: string;
  arn: string;
}

/** iam:GetAccountAuthorizationDetails, all pages, documents decoded. */
export interface IamAuthorizationFacts {
  users: Array<{
    name: string;
    arn: string;
    path?: string;
    groups: string[];
    inlinePolicies: InlinePolicy[];
    attachedPolicies: AttachedPolicy[];
    permissionsBoundaryArn?: string;
  }>;
  groups: Array<{
    name: string;
    arn: string;
    path?: string;
    inlinePolicies: InlinePolicy[];
    attachedPolicies: AttachedPolicy[];
  }>;
  roles: Array<{
    name: string;
    arn: string;
    path?: string;
    trustPolicy: PolicyDocument;
    inlinePolicies: InlinePolicy[];
    attachedPolicies: AttachedPolicy[];
    permissionsBoundaryArn?: string;
    lastUsed?: string;
  }>;
  managedPolicies: Array<{
    name: string;
    arn: string;
    /** True for arn:…:iam::aws:policy/… */
    awsManaged: boolean;
    attachmentCount?: number;
    defaultVersionId?: string;
    /** The default version's document. */
    document: PolicyDocument;
  }>;
}

/** s3control:GetPublicAccessBlock for the account. */
export interface PublicAccessBlockFacts {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

/** One CloudTrail trail with its status (DescribeTrails + GetTrailStatus). */
export interface TrailFacts {
  name: string;
  arn: string;
  homeRegion?: string;
  isMultiRegion: boolean;
  isOrganizationTrail: boolean;
  logFileValidationEnabled: boolean;
  includeGlobalServiceEvents: boolean;
  kmsKeyId?: string;
  s3BucketName?: string;
  /** undefined when GetTrailStatus was not possible (a gap says why). */
  isLogging?: boolean;
}

/** GuardDuty detectors in one region. */
export interface GuardDutyFacts {
  detectors: Array<{ id: string; status?: string }>;
}

/** AWS Config recorders in one region. */
export interface ConfigRecorderFacts {
  recorders: Array<{
    name: string;
    recording?: boolean;
    allSupported?: boolean;
    includeGlobalResourceTypes?: boolean;
    lastStatus?: string;
  }>;
}

/** IAM Access Analyzer analyzers in one region. */
export interface AccessAnalyzerFacts {
  analyzers: Array<{ name: string; arn: string; type: string; status?: string }>;
}

/** Account-level facts that no template holds. */
export interface AccountFacts {
  root?: RootAccountFacts;
  passwordPolicy?: PasswordPolicyFacts | null;
  credentialReport?: CredentialReportFacts;
  iam?: IamAuthorizationFacts;
  s3PublicAccessBlock?: PublicAccessBlockFacts | null;
  /** Per region; a region missing from the record was not checked. */
  ebsEncryptionByDefault: Record<string, boolean>;
  /** Trails seen from any scanned region, deduplicated by ARN. Undefined if no region could be read. */
  cloudTrail?: { trails: TrailFacts[] };
  guardDuty: Record<string, GuardDutyFacts>;
  config: Record<string, ConfigRecorderFacts>;
  accessAnalyzer: Record<string, AccessAnalyzerFacts>;
}

/** Everything one account scan collected. JSON-serializable. */
export interface AccountSnapshot {
  accountId: string;
  partition: string;
  /** The caller's ARN from sts:GetCallerIdentity (an identity, not a credential). */
  callerArn: string;
  /** The regions scanned (not including the "global" pseudo-region). */
  regions: string[];
  startedAt: string;
  finishedAt: string;
  resources: SnapshotResource[];
  facts: AccountFacts;
  gaps: CoverageGap[];
  checked: CoverageEntry[];
  /** True when the caller's AbortSignal stopped the scan; what was collected before is kept. */
  cancelled: boolean;
}

/**
 * Human summary lines: what was checked and what was not (one "not checked: …" line per gap).
 * The CLI prints these; the VS Code UI shows them in the scan report.
 */
export function summarizeCoverage(snapshot: AccountSnapshot): string[] {
  const lines = [
    `account ${snapshot.accountId} (${snapshot.partition}), regions: ${snapshot.regions.join(", ") || "none"}`,
    `collected ${snapshot.resources.length} resources; ${snapshot.checked.length} checks done, ${snapshot.gaps.length} not done`,
  ];
  if (snapshot.cancelled) lines.push("scan cancelled: results are partial");
  const regions = [...new Set([...snapshot.checked, ...snapshot.gaps].map((entry) => entry.region))].sort();
  for (const region of regions) {
    const done = snapshot.checked.filter((entry) => entry.region === region).length;
    const missing = snapshot.gaps.filter((gap) => gap.region === region).length;
    lines.push(`${region}: ${done} checked${missing > 0 ? `, ${missing} not checked` : ""}`);
  }
  for (const gap of snapshot.gaps) {
    lines.push(`not checked: ${gap.service} in ${gap.region} (${gap.kind}: ${gap.reason})`);
  }
  return lines;
}
