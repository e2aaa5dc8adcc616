/**
 * The read-only guard: one SDK middleware, added by the client factory to every client the account
 * scan creates, that refuses any operation outside an explicit allowlist before the request is even
 * serialized. The allowlist is data so that tests and docs can enumerate it.
 *
 * Why an explicit list and not a `List*|Get*|Describe*` pattern: some read verbs return secrets
 * (secretsmanager:GetSecretValue, ssm:GetParameter with decryption) and the scan needs none of them.
 * The pattern is kept as an invariant that every allowlisted name must satisfy (see
 * {@link READ_ONLY_EXCEPTIONS} for the one documented exception).
 */
import type {
  HandlerExecutionContext,
  InitializeHandler,
  InitializeHandlerArguments,
  InitializeHandlerOutput,
  InitializeMiddleware,
  MetadataBearer,
  Pluggable,
} from "@smithy/types";

/**
 * Allowed operations per SDK client class name (the `clientName` the SDK puts in the handler
 * context). Keep sorted by service; every entry must be documented in docs/account-scan.md.
 */
export const READ_ONLY_ALLOWLIST: Readonly<Record<string, readonly string[]>> = {
  AccessAnalyzerClient: ["ListAnalyzers"],
  CloudControlClient: ["GetResource", "ListResources"],
  CloudTrailClient: ["DescribeTrails", "GetTrailStatus"],
  ConfigServiceClient: ["DescribeConfigurationRecorders", "DescribeConfigurationRecorderStatus"],
  EC2Client: ["DescribeRegions", "GetEbsEncryptionByDefault"],
  GuardDutyClient: ["GetDetector", "ListDetectors"],
  IAMClient: [
    "GenerateCredentialReport",
    "GetAccountAuthorizationDetails",
    "GetAccountPasswordPolicy",
    "GetAccountSummary",
    "GetCredentialReport",
  ],
  S3ControlClient: ["GetPublicAccessBlock"],
  STSClient: ["GetCallerIdentity"],
};

/**
 * Allowlisted operations whose name is not a List/Get/Describe verb, with the reason each is safe.
 * iam:GenerateCredentialReport only asks IAM to (re)build the account's credential report, which is
 * then read with GetCredentialReport; it changes no user, key, policy or setting.
 */
export const READ_ONLY_EXCEPTIONS: Readonly<Record<string, string>> = {
  "IAMClient.GenerateCredentialReport":
    "Starts building the IAM credential report (read afterwards with GetCredentialReport); changes no resource.",
};

/** The read verbs every allowlisted operation must start with, unless listed in READ_ONLY_EXCEPTIONS. */
export const READ_ONLY_VERB = /^(List|Get|Describe)[A-Z]/;

/** Thrown (before anything is sent) when a client is asked to run an operation outside the allowlist. */
export class ReadOnlyViolationError extends Error {
  override readonly name = "ReadOnlyViolationError";
  constructor(
    readonly clientName: string,
    readonly operation: string,
  ) {
    super(
      `Shieldwall's account scan is read-only: ${clientName}.${operation} is not on the allowlist and was not sent.`,
    );
  }
}

/** The name the guard is registered under in every client's middleware stack. */
export const READ_ONLY_GUARD_NAME = "shieldwallReadOnlyGuard";

/** True when `operation` (without the `Command` suffix) of the SDK client `clientName` is allowed. */
export function isOperationAllowed(clientName: string, operation: string): boolean {
  const allowed = Object.prototype.hasOwnProperty.call(READ_ONLY_ALLOWLIST, clientName)
    ? READ_ONLY_ALLOWLIST[clientName]
    : undefined;
  return allowed !== undefined && allowed.includes(operation);
}

/** `ListResourcesCommand` → `ListResources`; anything else → undefined (the guard then refuses). */
function operationOf(context: HandlerExecutionContext): string | undefined {
  const commandName = context.commandName;
  if (typeof commandName !== "string" || !commandName.endsWith("Command")) return undefined;
  return commandName.slice(0, -"Command".length);
}

/**
 * The middleware itself. Fails closed: a context without a client or command name is refused too.
 * It runs at the start of the initialize step, before serialization, signing and any network I/O.
 */
export function readOnlyGuardMiddleware<Input extends object, Output extends MetadataBearer>(
  next: InitializeHandler<Input, Output>,
  context: HandlerExecutionContext,
): InitializeHandler<Input, Output> {
  return async (args: InitializeHandlerArguments<Input>): Promise<InitializeHandlerOutput<Output>> => {
    const clientName = typeof context.clientName === "string" ? context.clientName : "<unknown client>";
    const operation = operationOf(context) ?? "<unknown operation>";
    if (!isOperationAllowed(clientName, operation)) throw new ReadOnlyViolationError(clientName, operation);
    return next(args);
  };
}

/** The guard as an SDK plugin: `client.middlewareStack.use(readOnlyGuardPlugin)`. */
export const readOnlyGuardPlugin: Pluggable<object, MetadataBearer> = {
  applyToStack(stack) {
    stack.add(readOnlyGuardMiddleware as InitializeMiddleware<object, MetadataBearer>, {
      step: "initialize",
      priority: "high",
      name: READ_ONLY_GUARD_NAME,
      tags: ["SHIELDWALL", "READ_ONLY"],
      override: true,
    });
  },
};
