/**
 * Collecting an account snapshot: Cloud Control resources in the CloudFormation shape plus the
 * account-level facts that no template holds. Strictly read-only (every client is guarded, see
 * ./clients and ./read-only-guard).
 *
 * Resilience: every check is a unit; a unit that fails (AccessDenied, throttled past the retries,
 * timed out, unsupported) becomes a coverage gap and the scan goes on. Cancellation (AbortSignal)
 * stops new calls, abandons in-flight ones and returns what was collected, with cancelled = true.
 */
import { ListAnalyzersCommand, type ListAnalyzersCommandOutput } from "@aws-sdk/client-accessanalyzer";
import {
  GetResourceCommand,
  type GetResourceCommandOutput,
  ListResourcesCommand,
  type ListResourcesCommandOutput,
} from "@aws-sdk/client-cloudcontrol";
import {
  DescribeTrailsCommand,
  type DescribeTrailsCommandOutput,
  GetTrailStatusCommand,
  type GetTrailStatusCommandOutput,
} from "@aws-sdk/client-cloudtrail";
import {
  DescribeConfigurationRecordersCommand,
  type DescribeConfigurationRecordersCommandOutput,
  DescribeConfigurationRecorderStatusCommand,
  type DescribeConfigurationRecorderStatusCommandOutput,
} from "@aws-sdk/client-config-service";
import {
  DescribeRegionsCommand,
  type DescribeRegionsCommandOutput,
  GetEbsEncryptionByDefaultCommand,
  type GetEbsEncryptionByDefaultCommandOutput,
} from "@aws-sdk/client-ec2";
import {
  GetDetectorCommand,
  type GetDetectorCommandOutput,
  ListDetectorsCommand,
  type ListDetectorsCommandOutput,
} from "@aws-sdk/client-guardduty";
import {
  GenerateCredentialReportCommand,
  type GenerateCredentialReportCommandOutput,
  GetAccountAuthorizationDetailsCommand,
  type GetAccountAuthorizationDetailsCommandOutput,
  GetAccountPasswordPolicyCommand,
  type GetAccountPasswordPolicyCommandOutput,
  GetAccountSummaryCommand,
  type GetAccountSummaryCommandOutput,
  GetCredentialReportCommand,
  type GetCredentialReportCommandOutput,
} from "@aws-sdk/client-iam";
import { GetPublicAccessBlockCommand, type GetPublicAccessBlockCommandOutput } from "@aws-sdk/client-s3-control";
import { GetCallerIdentityCommand, type GetCallerIdentityCommandOutput } from "@aws-sdk/client-sts";
import { AwsClientFactory, type ClientSettings, type ServiceId } from "./clients";
import { parseCredentialReport } from "./credential-report";
import {
  AccountScanError,
  CallTimeoutError,
  PartialReadError,
  ScanCancelledError,
  awsErrorCode,
  classifyError,
} from "./errors";
import { parseAuthorizationDetails, type AuthorizationDetailsPage } from "./iam-details";
import { defaultRegion } from "./profiles";
import { invalidRegionNames } from "./regions";
import { DEFAULT_RESOURCE_TYPES, resourceArn, type ResourceTypeSpec } from "./resource-types";
import {
  GLOBAL_REGION,
  type AccountFacts,
  type AccountSnapshot,
  type CoverageEntry,
  type CoverageGap,
  type SnapshotResource,
  type TrailFacts,
} from "./snapshot";

/** What to scan and how. */
export interface CollectOptions extends ClientSettings {
  /**
   * Regions to scan: a list, "all" (every region enabled for the account, from ec2:DescribeRegions),
   * or undefined for the profile's / environment's region (us-east-1 if none is configured).
   */
  regions?: readonly string[] | "all";
  /** Cloud Control types to collect; default {@link DEFAULT_RESOURCE_TYPES}. */
  resourceTypes?: readonly ResourceTypeSpec[];
  /** Calls in flight at once across the whole scan (default 8). */
  concurrency?: number;
  /** Overall limit for one call including its retries, in ms (default 60000). */
  callTimeoutMs?: number;
  /** Wait between credential-report polls, in ms (default 2000), and how many polls (default 15). */
  credentialReportPollMs?: number;
  credentialReportMaxPolls?: number;
}

/** One progress report, sent as each check starts and ends. */
export interface CollectProgress {
  /** What is being checked, e.g. "cloudcontrol:AWS::S3::Bucket". */
  service: string;
  region: string;
  status: "started" | "checked" | "not-checked";
  /** Checks finished so far and in total (the total is known once the regions are). */
  completed: number;
  total: number;
  /** Short human text; never contains credentials. */
  message: string;
}

/** Cancellation and progress for one scan. */
export interface CollectControl {
  signal?: AbortSignal;
  onProgress?: (progress: CollectProgress) => void;
}

/** Per-partition region where global Cloud Control types that are pinned there (CloudFront) live. */
const PARTITION_GLOBAL_REGION: Readonly<Record<string, string>> = {
  aws: "us-east-1",
  "aws-cn": "cn-north-1",
  "aws-us-gov": "us-gov-west-1",
};

/** Cloud Control types whose handlers answer only in the partition's global region. */
const PINNED_TO_GLOBAL_REGION = new Set(["AWS::CloudFront::Distribution"]);

const MAX_PAGES = 10_000;

interface Unit {
  service: string;
  region: string;
  run: () => Promise<void>;
}

interface Page<T> {
  items: T[];
  next?: string | undefined;
}

/** A client's send with the options we pass; typed loosely because each client overloads send. */
interface Sender {
  send(command: object, options: { abortSignal: AbortSignal }): Promise<unknown>;
}

/** A tiny counting semaphore bounding calls in flight. */
class Semaphore {
  private waiting: Array<() => void> = [];
  private active = 0;
  constructor(private readonly limit: number) {}
  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next !== undefined) next();
    else this.active--;
  }
}

/**
 * Run `worker` over `items` with at most `limit` at once. After the first failure no new item is
 * started; it resolves or rejects (with that first failure) once every started item has settled.
 */
async function forEachLimit<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
  let index = 0;
  let failure: { error: unknown } | undefined;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (failure === undefined && index < items.length) {
      const item = items[index++] as T;
      try {
        await worker(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  });
  await Promise.all(lanes);
  if (failure !== undefined) throw failure.error;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ScanCancelledError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new ScanCancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function partitionOf(arn: string): string {
  return arn.split(":")[1] || "aws";
}

class Collector {
  private readonly resources: SnapshotResource[] = [];
  private readonly gaps: CoverageGap[] = [];
  private readonly checked: CoverageEntry[] = [];
  private readonly facts: AccountFacts = {
    ebsEncryptionByDefault: {},
    guardDuty: {},
    config: {},
    accessAnalyzer: {},
  };
  private readonly trailsByArn = new Map<string, TrailFacts>();
  private readonly calls: Semaphore;
  private readonly concurrency: number;
  private readonly callTimeoutMs: number;
  private readonly signal: AbortSignal | undefined;
  private completed = 0;
  private total = 0;
  private accountId = "";
  private partition = "aws";
  private callerArn = "";
  private regions: string[] = [];
  private homeRegion = "us-east-1";
  private readonly startedAt = new Date().toISOString();

  constructor(
    private readonly clients: AwsClientFactory,
    private readonly options: CollectOptions,
    private readonly control: CollectControl,
  ) {
    this.concurrency = Math.max(1, options.concurrency ?? 8);
    this.calls = new Semaphore(this.concurrency);
    this.callTimeoutMs = options.callTimeoutMs ?? 60_000;
    this.signal = control.signal;
  }

  async run(): Promise<AccountSnapshot> {
    this.homeRegion = await this.pickHomeRegion();
    const identified = await this.identify();
    if (!identified) return this.snapshot();
    this.regions = await this.pickRegions();
    const units = this.plan();
    this.total = units.length;
    await forEachLimit(units, this.concurrency, (unit) => this.runUnit(unit));
    if (this.trailsByArn.size > 0 || this.facts.cloudTrail !== undefined) {
      this.facts.cloudTrail = { trails: [...this.trailsByArn.values()] };
    }
    return this.snapshot();
  }

  // ---- calls ---------------------------------------------------------------------------------

  /**
   * One SDK call: bounded concurrency, an overall timeout covering the SDK's retries, and the
   * caller's AbortSignal. On abort the call is abandoned at once (the SDK is told to abort too),
   * so cancellation never waits for a retry back-off.
   */
  private async send<Output>(service: ServiceId, region: string, command: object): Promise<Output> {
    if (this.signal?.aborted) throw new ScanCancelledError();
    await this.calls.acquire();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.callTimeoutMs);
    const combined = this.signal !== undefined ? AbortSignal.any([this.signal, timeout.signal]) : timeout.signal;
    const stopReason = (): Error =>
      this.signal?.aborted ? new ScanCancelledError() : new CallTimeoutError(this.callTimeoutMs);
    try {
      if (combined.aborted) throw stopReason();
      const client = this.clients.get(service, region) as unknown as Sender;
      const sdkCall = client.send(command, { abortSignal: combined });
      return (await new Promise<unknown>((resolve, reject) => {
        const onAbort = (): void => reject(stopReason());
        combined.addEventListener("abort", onAbort, { once: true });
        sdkCall.then(
          (output) => {
            combined.removeEventListener("abort", onAbort);
            resolve(output);
          },
          (error: unknown) => {
            combined.removeEventListener("abort", onAbort);
            reject(combined.aborted ? stopReason() : error);
          },
        );
      })) as Output;
    } finally {
      clearTimeout(timer);
      this.calls.release();
    }
  }

  /** Follow a token until the service stops returning one (or repeats one). */
  private async paginate<T>(fetchPage: (token: string | undefined) => Promise<Page<T>>): Promise<T[]> {
    const items: T[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await fetchPage(token);
      items.push(...result.items);
      if (result.next === undefined || result.next === "" || seen.has(result.next)) break;
      seen.add(result.next);
      token = result.next;
    }
    return items;
  }

  // ---- progress and coverage -----------------------------------------------------------------

  private report(progress: Omit<CollectProgress, "completed" | "total">): void {
    const listener = this.control.onProgress;
    if (listener === undefined) return;
    try {
      listener({ ...progress, completed: this.completed, total: this.total });
    } catch {
      // A failing progress listener must not break the scan.
    }
  }

  private addGap(service: string, region: string, error: unknown): void {
    const { kind, reason } = classifyError(error);
    this.gaps.push({ service, region, kind, reason });
  }

  private async runUnit(unit: Unit): Promise<void> {
    if (this.signal?.aborted) {
      this.gaps.push({ service: unit.service, region: unit.region, kind: "cancelled", reason: "cancelled" });
      this.completed++;
      return;
    }
    this.report({ service: unit.service, region: unit.region, status: "started", message: `checking ${unit.service} in ${unit.region}` });
    try {
      await unit.run();
      this.checked.push({ service: unit.service, region: unit.region });
      this.completed++;
      this.report({ service: unit.service, region: unit.region, status: "checked", message: `checked ${unit.service} in ${unit.region}` });
    } catch (error) {
      this.addGap(unit.service, unit.region, this.signal?.aborted ? new ScanCancelledError() : error);
      this.completed++;
      const gap = this.gaps[this.gaps.length - 1];
      this.report({
        service: unit.service,
        region: unit.region,
        status: "not-checked",
        message: `not checked: ${unit.service} in ${unit.region} (${gap?.kind ?? "error"})`,
      });
    }
  }

  private snapshot(): AccountSnapshot {
    return {
      accountId: this.accountId,
      partition: this.partition,
      callerArn: this.callerArn,
      regions: this.regions,
      startedAt: this.startedAt,
      finishedAt: new Date().toISOString(),
      resources: this.resources,
      facts: this.facts,
      gaps: this.gaps,
      checked: this.checked,
      cancelled: this.signal?.aborted ?? false,
    };
  }

  // ---- planning ------------------------------------------------------------------------------

  private async pickHomeRegion(): Promise<string> {
    const regions = this.options.regions;
    if (Array.isArray(regions) && regions.length > 0) return regions[0] as string;
    return (await defaultRegion(this.options.profile).catch(() => undefined)) ?? "us-east-1";
  }

  /** sts:GetCallerIdentity: account id and partition. False when cancelled; throws when impossible. */
  private async identify(): Promise<boolean> {
    this.report({ service: "sts", region: this.homeRegion, status: "started", message: "identifying the account" });
    try {
      const identity = await this.send<GetCallerIdentityCommandOutput>("sts", this.homeRegion, new GetCallerIdentityCommand({}));
      this.accountId = identity.Account ?? "";
      this.callerArn = identity.Arn ?? "";
      this.partition = partitionOf(this.callerArn);
      this.checked.push({ service: "sts:caller-identity", region: GLOBAL_REGION });
      return true;
    } catch (error) {
      if (this.signal?.aborted) {
        this.gaps.push({ service: "sts:caller-identity", region: GLOBAL_REGION, kind: "cancelled", reason: "cancelled" });
        return false;
      }
      const { reason } = classifyError(error);
      throw new AccountScanError(`Cannot identify the AWS account (sts:GetCallerIdentity): ${reason}`);
    }
  }

  private async pickRegions(): Promise<string[]> {
    const wanted = this.options.regions;
    if (Array.isArray(wanted) && wanted.length > 0) return [...new Set(wanted)];
    if (wanted !== "all") return [this.homeRegion];
    try {
      const output = await this.send<DescribeRegionsCommandOutput>(
        "ec2",
        this.homeRegion,
        new DescribeRegionsCommand({
          AllRegions: false,
          Filters: [{ Name: "opt-in-status", Values: ["opt-in-not-required", "opted-in"] }],
        }),
      );
      const names = (output.Regions ?? []).map((r) => r.RegionName).filter((n): n is string => typeof n === "string");
      this.checked.push({ service: "ec2:regions", region: this.homeRegion });
      return names.length > 0 ? [...new Set(names)].sort() : [this.homeRegion];
    } catch (error) {
      this.addGap("ec2:regions", this.homeRegion, this.signal?.aborted ? new ScanCancelledError() : error);
      return [this.homeRegion];
    }
  }

  private plan(): Unit[] {
    const units: Unit[] = [];
    const home = this.homeRegion;
    const global = GLOBAL_REGION;
    units.push({ service: "iam:account-summary", region: global, run: () => this.accountSummary() });
    units.push({ service: "iam:password-policy", region: global, run: () => this.passwordPolicy() });
    units.push({ service: "iam:credential-report", region: global, run: () => this.credentialReport() });
    units.push({ service: "iam:authorization-details", region: global, run: () => this.authorizationDetails() });
    units.push({ service: "s3control:public-access-block", region: global, run: () => this.publicAccessBlock() });
    const types = this.options.resourceTypes ?? DEFAULT_RESOURCE_TYPES;
    for (const spec of types.filter((t) => t.scope === "global")) {
      const callRegion = PINNED_TO_GLOBAL_REGION.has(spec.typeName)
        ? (PARTITION_GLOBAL_REGION[this.partition] ?? home)
        : home;
      units.push({
        service: `cloudcontrol:${spec.typeName}`,
        region: global,
        run: () => this.cloudControlType(spec, callRegion, global),
      });
    }
    for (const region of this.regions) {
      units.push({ service: "ec2:ebs-encryption-by-default", region, run: () => this.ebsDefault(region) });
      units.push({ service: "cloudtrail", region, run: () => this.cloudTrail(region) });
      units.push({ service: "guardduty", region, run: () => this.guardDuty(region) });
      units.push({ service: "config", region, run: () => this.configRecorders(region) });
      units.push({ service: "accessanalyzer", region, run: () => this.accessAnalyzer(region) });
      for (const spec of types.filter((t) => t.scope === "regional")) {
        units.push({
          service: `cloudcontrol:${spec.typeName}`,
          region,
          run: () => this.cloudControlType(spec, region, region),
        });
      }
    }
    return units;
  }

  // ---- IAM -----------------------------------------------------------------------------------

  private async accountSummary(): Promise<void> {
    const output = await this.send<GetAccountSummaryCommandOutput>("iam", this.homeRegion, new GetAccountSummaryCommand({}));
    const summary: Record<string, number> = {};
    for (const [key, value] of Object.entries(output.SummaryMap ?? {})) {
      if (typeof value === "number") summary[key] = value;
    }
    this.facts.root = {
      mfaEnabled: summary.AccountMFAEnabled === 1,
      accessKeysPresent: (summary.AccountAccessKeysPresent ?? 0) > 0,
      summary,
    };
  }

  private async passwordPolicy(): Promise<void> {
    try {
      const output = await this.send<GetAccountPasswordPolicyCommandOutput>("iam", this.homeRegion, new GetAccountPasswordPolicyCommand({}));
      const p = output.PasswordPolicy ?? {};
      this.facts.passwordPolicy = {
        ...(p.MinimumPasswordLength !== undefined && { minimumPasswordLength: p.MinimumPasswordLength }),
        ...(p.RequireSymbols !== undefined && { requireSymbols: p.RequireSymbols }),
        ...(p.RequireNumbers !== undefined && { requireNumbers: p.RequireNumbers }),
        ...(p.RequireUppercaseCharacters !== undefined && { requireUppercaseCharacters: p.RequireUppercaseCharacters }),
        ...(p.RequireLowercaseCharacters !== undefined && { requireLowercaseCharacters: p.RequireLowercaseCharacters }),
        ...(p.AllowUsersToChangePassword !== undefined && { allowUsersToChangePassword: p.AllowUsersToChangePassword }),
        ...(p.ExpirePasswords !== undefined && { expirePasswords: p.ExpirePasswords }),
        ...(p.MaxPasswordAge !== undefined && { maxPasswordAge: p.MaxPasswordAge }),
        ...(p.PasswordReusePrevention !== undefined && { passwordReusePrevention: p.PasswordReusePrevention }),
        ...(p.HardExpiry !== undefined && { hardExpiry: p.HardExpiry }),
      };
    } catch (error) {
      // IAM answers NoSuchEntity when the account has no password policy: a fact, not a gap.
      if (awsErrorCode(error) !== "NoSuchEntity" && awsErrorCode(error) !== "NoSuchEntityException") throw error;
      this.facts.passwordPolicy = null;
    }
  }

  private async credentialReport(): Promise<void> {
    const pollMs = this.options.credentialReportPollMs ?? 2000;
    const maxPolls = this.options.credentialReportMaxPolls ?? 15;
    let state: string | undefined;
    for (let poll = 0; poll < maxPolls; poll++) {
      const generated = await this.send<GenerateCredentialReportCommandOutput>("iam", this.homeRegion, new GenerateCredentialReportCommand({}));
      state = generated.State;
      if (state === "COMPLETE") break;
      await sleep(pollMs, this.signal);
    }
    if (state !== "COMPLETE") {
      throw new Error(`the credential report was still ${state ?? "not started"} after ${maxPolls} polls`);
    }
    const report = await this.send<GetCredentialReportCommandOutput>("iam", this.homeRegion, new GetCredentialReportCommand({}));
    const csv = report.Content !== undefined ? Buffer.from(report.Content).toString("utf8") : "";
    this.facts.credentialReport = {
      ...(report.GeneratedTime !== undefined && { generatedAt: report.GeneratedTime.toISOString() }),
      users: parseCredentialReport(csv),
    };
  }

  private async authorizationDetails(): Promise<void> {
    const pages = await this.paginate<AuthorizationDetailsPage>(async (marker) => {
      const output = await this.send<GetAccountAuthorizationDetailsCommandOutput>(
        "iam",
        this.homeRegion,
        new GetAccountAuthorizationDetailsCommand(marker !== undefined ? { Marker: marker } : {}),
      );
      return { items: [output], next: output.IsTruncated === true ? output.Marker : undefined };
    });
    this.facts.iam = parseAuthorizationDetails(pages);
  }

  // ---- S3 Control, EC2 -----------------------------------------------------------------------

  private async publicAccessBlock(): Promise<void> {
    try {
      const output = await this.send<GetPublicAccessBlockCommandOutput>(
        "s3control",
        this.homeRegion,
        new GetPublicAccessBlockCommand({ AccountId: this.accountId }),
      );
      const c = output.PublicAccessBlockConfiguration ?? {};
      this.facts.s3PublicAccessBlock = {
        blockPublicAcls: c.BlockPublicAcls === true,
        ignorePublicAcls: c.IgnorePublicAcls === true,
        blockPublicPolicy: c.BlockPublicPolicy === true,
        restrictPublicBuckets: c.RestrictPublicBuckets === true,
      };
    } catch (error) {
      // No account-level block configured: a fact (and a finding), not a gap.
      if (awsErrorCode(error) !== "NoSuchPublicAccessBlockConfiguration") throw error;
      this.facts.s3PublicAccessBlock = null;
    }
  }

  private async ebsDefault(region: string): Promise<void> {
    const output = await this.send<GetEbsEncryptionByDefaultCommandOutput>("ec2", region, new GetEbsEncryptionByDefaultCommand({}));
    this.facts.ebsEncryptionByDefault[region] = output.EbsEncryptionByDefault === true;
  }

  // ---- CloudTrail, GuardDuty, Config, Access Analyzer ------------------------------------------

  private async cloudTrail(region: string): Promise<void> {
    // Shadow trails included: a multi-region trail homed elsewhere shows up in every region.
    const output = await this.send<DescribeTrailsCommandOutput>("cloudtrail", region, new DescribeTrailsCommand({ includeShadowTrails: true }));
    const fresh: TrailFacts[] = [];
    for (const trail of output.trailList ?? []) {
      if (trail.TrailARN === undefined || this.trailsByArn.has(trail.TrailARN)) continue;
      const facts: TrailFacts = {
        name: trail.Name ?? trail.TrailARN,
        arn: trail.TrailARN,
        isMultiRegion: trail.IsMultiRegionTrail === true,
        isOrganizationTrail: trail.IsOrganizationTrail === true,
        logFileValidationEnabled: trail.LogFileValidationEnabled === true,
        includeGlobalServiceEvents: trail.IncludeGlobalServiceEvents === true,
        ...(trail.HomeRegion !== undefined && { homeRegion: trail.HomeRegion }),
        ...(trail.KmsKeyId !== undefined && { kmsKeyId: trail.KmsKeyId }),
        ...(trail.S3BucketName !== undefined && { s3BucketName: trail.S3BucketName }),
      };
      this.trailsByArn.set(trail.TrailARN, facts);
      fresh.push(facts);
    }
    this.facts.cloudTrail ??= { trails: [] };
    // One trail's status failing does not stop the others; the region is then reported as a gap.
    let firstError: unknown;
    for (const trail of fresh) {
      try {
        // The ARN (not the name) lets GetTrailStatus answer for a shadow trail from this region.
        const status = await this.send<GetTrailStatusCommandOutput>("cloudtrail", region, new GetTrailStatusCommand({ Name: trail.arn }));
        if (status.IsLogging !== undefined) trail.isLogging = status.IsLogging;
      } catch (error) {
        if (error instanceof ScanCancelledError) throw error;
        firstError ??= error;
      }
    }
    if (firstError !== undefined) throw firstError;
  }

  private async guardDuty(region: string): Promise<void> {
    const ids = await this.paginate<string>(async (token) => {
      const output = await this.send<ListDetectorsCommandOutput>(
        "guardduty",
        region,
        new ListDetectorsCommand(token !== undefined ? { NextToken: token } : {}),
      );
      return { items: output.DetectorIds ?? [], next: output.NextToken };
    });
    const detectors: Array<{ id: string; status?: string }> = [];
    for (const id of ids) {
      const detector = await this.send<GetDetectorCommandOutput>("guardduty", region, new GetDetectorCommand({ DetectorId: id }));
      detectors.push({ id, ...(detector.Status !== undefined && { status: detector.Status }) });
    }
    this.facts.guardDuty[region] = { detectors };
  }

  private async configRecorders(region: string): Promise<void> {
    const recorders = await this.send<DescribeConfigurationRecordersCommandOutput>("config", region, new DescribeConfigurationRecordersCommand({}));
    const statuses = await this.send<DescribeConfigurationRecorderStatusCommandOutput>("config", region, new DescribeConfigurationRecorderStatusCommand({}));
    const statusByName = new Map((statuses.ConfigurationRecordersStatus ?? []).map((s) => [s.name, s]));
    this.facts.config[region] = {
      recorders: (recorders.ConfigurationRecorders ?? []).map((r) => {
        const name = r.name ?? "default";
        const status = statusByName.get(name);
        return {
          name,
          ...(status?.recording !== undefined && { recording: status.recording }),
          ...(status?.lastStatus !== undefined && { lastStatus: status.lastStatus }),
          ...(r.recordingGroup?.allSupported !== undefined && { allSupported: r.recordingGroup.allSupported }),
          ...(r.recordingGroup?.includeGlobalResourceTypes !== undefined && {
            includeGlobalResourceTypes: r.recordingGroup.includeGlobalResourceTypes,
          }),
        };
      }),
    };
  }

  private async accessAnalyzer(region: string): Promise<void> {
    const analyzers = await this.paginate(async (token) => {
      const output = await this.send<ListAnalyzersCommandOutput>(
        "accessanalyzer",
        region,
        new ListAnalyzersCommand(token !== undefined ? { nextToken: token } : {}),
      );
      return { items: output.analyzers ?? [], next: output.nextToken };
    });
    this.facts.accessAnalyzer[region] = {
      analyzers: analyzers.map((a) => ({
        name: a.name ?? "",
        arn: a.arn ?? "",
        type: a.type ?? "",
        ...(a.status !== undefined && { status: a.status }),
      })),
    };
  }

  // ---- Cloud Control -------------------------------------------------------------------------

  /**
   * List every resource of one type, then read each (ListResources alone returns only identifiers
   * for most types). A resource deleted between list and read is skipped; any other read failure
   * is counted and reported as one gap for the type, keeping the resources that could be read.
   */
  private async cloudControlType(spec: ResourceTypeSpec, callRegion: string, label: string): Promise<void> {
    const identifiers = await this.paginate<string>(async (token) => {
      const output = await this.send<ListResourcesCommandOutput>(
        "cloudcontrol",
        callRegion,
        new ListResourcesCommand({ TypeName: spec.typeName, ...(token !== undefined && { NextToken: token }) }),
      );
      const ids = (output.ResourceDescriptions ?? [])
        .map((d) => d.Identifier)
        .filter((id): id is string => typeof id === "string");
      return { items: ids, next: output.NextToken };
    });
    let failed = 0;
    let firstError: unknown;
    await forEachLimit([...new Set(identifiers)], this.concurrency, async (identifier) => {
      try {
        const output = await this.send<GetResourceCommandOutput>(
          "cloudcontrol",
          callRegion,
          new GetResourceCommand({ TypeName: spec.typeName, Identifier: identifier }),
        );
        const text = output.ResourceDescription?.Properties;
        const properties: unknown = text !== undefined ? JSON.parse(text) : {};
        const arn = resourceArn(spec, identifier, properties, {
          partition: this.partition,
          region: label === GLOBAL_REGION ? "" : label,
          accountId: this.accountId,
        });
        this.resources.push({
          region: label,
          typeName: spec.typeName,
          identifier,
          ...(arn !== undefined && { arn }),
          properties,
        });
      } catch (error) {
        if (error instanceof ScanCancelledError) throw error;
        if (awsErrorCode(error) === "ResourceNotFoundException") return;
        failed++;
        firstError ??= error;
      }
    });
    if (failed > 0) throw new PartialReadError(failed, identifiers.length, classifyError(firstError));
  }
}

/**
 * Scan a live AWS account, read-only. Resolves with everything collected, including when some
 * checks failed (see `gaps`) or the signal aborted (see `cancelled`). Rejects only when the account
 * cannot be identified at all (no usable credentials) or a region name is malformed, with an
 * {@link AccountScanError}.
 */
export async function collectAccount(options: CollectOptions = {}, control: CollectControl = {}): Promise<AccountSnapshot> {
  if (Array.isArray(options.regions)) {
    const invalid = invalidRegionNames(options.regions);
    if (invalid.length > 0) throw new AccountScanError(`Not an AWS region name: ${invalid.join(", ")}`);
  }
  const clients = new AwsClientFactory(options);
  try {
    return await new Collector(clients, options, control).run();
  } finally {
    clients.destroy();
  }
}
