/**
 * Turning SDK errors into coverage gaps. A failed call never stops the scan: it becomes a
 * "not checked: …" entry whose kind says why. Messages are AWS's own text (which may name the
 * caller's ARN, never a key), shortened.
 */
import { ReadOnlyViolationError } from "./read-only-guard";

/** Why something was not checked. */
export type GapKind =
  | "access-denied"
  | "unsupported"
  | "region-unavailable"
  | "throttled"
  | "timeout"
  | "cancelled"
  | "read-only-guard"
  | "error";

/** A classified failure: the kind and a short human reason. */
export interface ClassifiedError {
  kind: GapKind;
  reason: string;
}

/** Raised by the scan's own per-call timer (distinct from the user's cancellation). */
export class CallTimeoutError extends Error {
  override readonly name = "CallTimeoutError";
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/** Raised when the caller's AbortSignal fired. */
export class ScanCancelledError extends Error {
  override readonly name = "ScanCancelledError";
  constructor() {
    super("cancelled");
  }
}

/**
 * Some resources of a type could not be read: the type is reported as a gap with the kind of the
 * first failure, and the resources that could be read are kept.
 */
export class PartialReadError extends Error {
  override readonly name = "PartialReadError";
  constructor(
    readonly failed: number,
    readonly total: number,
    readonly first: ClassifiedError,
  ) {
    super(`${failed} of ${total} resources could not be read; first: ${first.reason}`);
  }
}

/** A failure that makes the whole scan impossible (no usable credentials, STS refused us). */
export class AccountScanError extends Error {
  override readonly name = "AccountScanError";
}

const ACCESS_DENIED = new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "UnauthorizedAccess",
  "AuthorizationError",
  "Forbidden",
  "NotAuthorized",
]);

const UNSUPPORTED = new Set([
  "UnsupportedActionException",
  "TypeNotFoundException",
  "InvalidAction",
  "UnknownOperationException",
]);

const REGION_UNAVAILABLE = new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "AuthFailure",
  "OptInRequired",
  "SubscriptionRequiredException",
]);

const THROTTLED = new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
]);

const MAX_REASON = 300;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_REASON ? `${oneLine.slice(0, MAX_REASON - 1)}…` : oneLine;
}

function errorName(error: unknown): string {
  if (typeof error !== "object" || error === null) return "Error";
  const record = error as { name?: unknown; Code?: unknown; code?: unknown };
  for (const candidate of [record.name, record.Code, record.code]) {
    if (typeof candidate === "string" && candidate !== "" && candidate !== "Error") return candidate;
  }
  return "Error";
}

function httpStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const status = (error as { $metadata?: { httpStatusCode?: unknown } }).$metadata?.httpStatusCode;
  return typeof status === "number" ? status : undefined;
}

/** Classify any error thrown by an SDK call (or by the scan's own timeout/cancel wrappers). */
export function classifyError(error: unknown): ClassifiedError {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  const reason = shorten(message && message !== name ? `${name}: ${message}` : name);
  if (error instanceof ScanCancelledError) return { kind: "cancelled", reason: "cancelled" };
  if (error instanceof PartialReadError) return { kind: error.first.kind, reason: shorten(error.message) };
  if (error instanceof CallTimeoutError || name === "TimeoutError") return { kind: "timeout", reason };
  if (error instanceof ReadOnlyViolationError) return { kind: "read-only-guard", reason };
  if (ACCESS_DENIED.has(name)) return { kind: "access-denied", reason };
  if (UNSUPPORTED.has(name)) return { kind: "unsupported", reason };
  if (REGION_UNAVAILABLE.has(name)) return { kind: "region-unavailable", reason };
  if (THROTTLED.has(name)) return { kind: "throttled", reason };
  if (httpStatus(error) === 403) return { kind: "access-denied", reason };
  return { kind: "error", reason };
}

/** The AWS error code of an SDK error, for the few places that expect a specific one. */
export function awsErrorCode(error: unknown): string {
  return errorName(error);
}
