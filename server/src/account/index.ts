/**
 * Entry point of the account scan, bundled on its own (dist/account.js) so the AWS SDK is loaded
 * only when a user actually scans an account. Load it from server/src/cli.ts or server.ts with
 * `require("./account") as typeof import("./account")` and mark "./account" external in those
 * bundles: tsc resolves it to this folder, the bundle to dist/account.js. (A dynamic `import()`
 * would be inlined by esbuild, or kept as an ESM import that cannot resolve an extensionless path.)
 * No vscode imports anywhere under server/src/account.
 */
export { collectAccount, type CollectControl, type CollectOptions, type CollectProgress } from "./collect";
export { AwsClientFactory, hasReadOnlyGuard, type ClientSettings, type ServiceId } from "./clients";
export { AccountScanError, classifyError, type GapKind } from "./errors";
export {
  defaultRegion,
  environmentCredentialsAvailable,
  listProfiles,
  type AwsProfileInfo,
  type ProfileFiles,
  type ProfileKind,
} from "./profiles";
export {
  READ_ONLY_ALLOWLIST,
  READ_ONLY_EXCEPTIONS,
  ReadOnlyViolationError,
  isOperationAllowed,
} from "./read-only-guard";
export { REGION_NAME, invalidRegionNames, parseRegions, type RegionSelection } from "./regions";
export { DEFAULT_RESOURCE_TYPES, type ResourceTypeSpec } from "./resource-types";
export { SOURCE_METADATA_KEY, snapshotToTemplates, type AccountTemplate } from "./templates";
export * from "./snapshot";
export { ACCOUNT_TYPES, factsToDocument, type FactsDocument } from "./facts-template";
