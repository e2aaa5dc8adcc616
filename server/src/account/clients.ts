/**
 * The one place that constructs AWS SDK clients for the account scan. Every client gets:
 * - the read-only guard (./read-only-guard), so no operation outside the allowlist is ever sent;
 * - adaptive retry (client-side rate limiting + backoff on throttling);
 * - connection and socket timeouts (the per-call overall timeout is applied by the caller);
 * - the endpoint override, when set (LocalStack or another AWS-compatible endpoint);
 * - one shared, memoized credentials provider: fromIni for a named profile (static, assume-role,
 *   SSO, process), else the default Node provider chain (environment first).
 *
 * Credentials are never logged: clients get no logger, and nothing here reads key material.
 */
import { AccessAnalyzerClient } from "@aws-sdk/client-accessanalyzer";
import { CloudControlClient } from "@aws-sdk/client-cloudcontrol";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { ConfigServiceClient } from "@aws-sdk/client-config-service";
import { EC2Client } from "@aws-sdk/client-ec2";
import { GuardDutyClient } from "@aws-sdk/client-guardduty";
import { IAMClient } from "@aws-sdk/client-iam";
import { S3ControlClient } from "@aws-sdk/client-s3-control";
import { STSClient } from "@aws-sdk/client-sts";
import { fromIni, fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  MetadataBearer,
  MiddlewareStack,
} from "@smithy/types";
import { READ_ONLY_GUARD_NAME, readOnlyGuardPlugin } from "./read-only-guard";

/** Settings shared by every client of one scan. */
export interface ClientSettings {
  /** Profile name from ~/.aws/config or ~/.aws/credentials; undefined = default provider chain. */
  profile?: string;
  /** Send every call to this endpoint (e.g. http://localhost:4566) instead of AWS's. */
  endpointUrl?: string;
  /** Connection + socket-inactivity timeout of one HTTP attempt, in ms (default 15000). */
  attemptTimeoutMs?: number;
  /** Attempts per call including the first (default 5), with adaptive retry. */
  maxAttempts?: number;
  /**
   * Explicit credentials provider, for embedders that resolve credentials themselves. When set,
   * `profile` is ignored.
   */
  credentials?: AwsCredentialIdentityProvider;
  /**
   * Asked for a one-time code when an assume-role profile has `mfa_serial` (the VS Code UI shows an
   * input box; the CLI prompts). Without it such a profile fails with the SDK's error.
   */
  mfaCodeProvider?: (mfaSerial: string) => Promise<string>;
}

/** The services the scan talks to. */
export interface ServiceClients {
  accessanalyzer: AccessAnalyzerClient;
  cloudcontrol: CloudControlClient;
  cloudtrail: CloudTrailClient;
  config: ConfigServiceClient;
  ec2: EC2Client;
  guardduty: GuardDutyClient;
  iam: IAMClient;
  s3control: S3ControlClient;
  sts: STSClient;
}

/** A service key of {@link ServiceClients}. */
export type ServiceId = keyof ServiceClients;

/** What every client constructor here accepts. */
interface CommonConfig {
  region: string;
  credentials: AwsCredentialIdentityProvider;
  retryMode: "adaptive";
  maxAttempts: number;
  requestHandler: NodeHttpHandler;
  endpoint?: string;
  endpointProvider?: () => { url: URL };
}

const CONSTRUCTORS: { [K in ServiceId]: new (config: CommonConfig) => ServiceClients[K] } = {
  accessanalyzer: AccessAnalyzerClient,
  cloudcontrol: CloudControlClient,
  cloudtrail: CloudTrailClient,
  config: ConfigServiceClient,
  ec2: EC2Client,
  guardduty: GuardDutyClient,
  iam: IAMClient,
  s3control: S3ControlClient,
  sts: STSClient,
};

const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * One resolution shared by all clients (so an SSO or assume-role profile is resolved once, not per
 * client), refreshed five minutes before expiry.
 */
export function memoizeCredentials(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let pending: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    if (pending !== undefined) {
      const current = await pending.catch(() => undefined);
      const expiry = current?.expiration?.getTime();
      if (current !== undefined && (expiry === undefined || expiry - Date.now() > EXPIRY_MARGIN_MS)) return current;
    }
    pending = provider();
    return pending;
  };
}

/**
 * S3 Control's endpoint rules put the account id in front of the host name
 * ({account}.s3-control.{region}.amazonaws.com), also for an overridden endpoint, which breaks on
 * http://127.0.0.1:4566 or any endpoint that is not a wildcard DNS name. With an override, S3 Control
 * therefore gets a fixed endpoint; the account id still travels in the x-amz-account-id header,
 * which AWS-compatible endpoints read.
 */
function fixedEndpoint(url: string): () => { url: URL } {
  return () => ({ url: new URL(url) });
}

/**
 * Builds and caches one client per (service, region). Call {@link AwsClientFactory.destroy} when the
 * scan ends to close sockets.
 */
export class AwsClientFactory {
  private readonly clients = new Map<string, ServiceClients[ServiceId]>();
  private readonly credentials: AwsCredentialIdentityProvider;

  constructor(private readonly settings: ClientSettings = {}) {
    // ignoreCache: a long-lived language server must see profiles added or edited since the last scan.
    const init = {
      ignoreCache: true,
      ...(settings.mfaCodeProvider !== undefined && { mfaCodeProvider: settings.mfaCodeProvider }),
    };
    const provider =
      settings.credentials ??
      (settings.profile !== undefined ? fromIni({ ...init, profile: settings.profile }) : fromNodeProviderChain(init));
    this.credentials = memoizeCredentials(provider);
  }

  /** The guarded client for `service` in `region`. */
  get<K extends ServiceId>(service: K, region: string): ServiceClients[K] {
    const key = `${service}@${region}`;
    const cached = this.clients.get(key);
    if (cached !== undefined) return cached as ServiceClients[K];
    const client = this.create(service, region);
    this.clients.set(key, client);
    return client;
  }

  /** Resolve credentials once (fails fast with the provider's error when there are none). */
  async resolveCredentials(): Promise<void> {
    await this.credentials();
  }

  /** Close every client's sockets. */
  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private create<K extends ServiceId>(service: K, region: string): ServiceClients[K] {
    const attemptTimeout = this.settings.attemptTimeoutMs ?? 15_000;
    const config: CommonConfig = {
      region,
      credentials: this.credentials,
      retryMode: "adaptive",
      maxAttempts: this.settings.maxAttempts ?? 5,
      requestHandler: new NodeHttpHandler({
        connectionTimeout: attemptTimeout,
        requestTimeout: attemptTimeout,
      }),
    };
    if (this.settings.endpointUrl !== undefined) {
      config.endpoint = this.settings.endpointUrl;
      if (service === "s3control") config.endpointProvider = fixedEndpoint(this.settings.endpointUrl);
    }
    const Constructor = CONSTRUCTORS[service];
    const client = new Constructor(config);
    // Each client types its stack with its own input/output unions; the guard handles any.
    const stack = client.middlewareStack as unknown as MiddlewareStack<object, MetadataBearer>;
    stack.use(readOnlyGuardPlugin);
    return client;
  }
}

/** True when `client` carries the read-only guard (used by tests and as a startup assertion). */
export function hasReadOnlyGuard(client: { middlewareStack: { identify(): string[] } }): boolean {
  return client.middlewareStack.identify().some((entry) => entry.startsWith(`${READ_ONLY_GUARD_NAME} `));
}
