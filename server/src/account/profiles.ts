/**
 * Listing the AWS profiles a user can pick for an account scan, from ~/.aws/config and
 * ~/.aws/credentials (or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE). Uses the SDK's own INI
 * loader so profile names resolve exactly as the credential providers will resolve them.
 *
 * Privacy: only names, kinds and non-secret settings leave this module. Keys, session tokens and
 * credential_process commands are never copied out.
 */
import { loadSharedConfigFiles, loadSsoSessionData } from "@smithy/shared-ini-file-loader";

/** How a profile gets its credentials. */
export type ProfileKind =
  | "sso"
  | "assume-role"
  | "web-identity"
  | "process"
  | "static"
  | "login"
  | "region-only";

/** One selectable profile. No secret is ever included. */
export interface AwsProfileInfo {
  name: string;
  /** Which of the two files define it. */
  sources: Array<"config" | "credentials">;
  kind: ProfileKind;
  region?: string;
  /** For SSO profiles: the sso-session name (new style) and the account/role picked. */
  ssoSession?: string;
  ssoStartUrl?: string;
  ssoAccountId?: string;
  ssoRoleName?: string;
  /** For assume-role profiles. */
  roleArn?: string;
  sourceProfile?: string;
}

/** Explicit file paths; by default the SDK's (env vars, then ~/.aws). */
export interface ProfileFiles {
  configFilepath?: string;
  filepath?: string;
}

type IniSection = Record<string, string | undefined>;

const NON_PROFILE_SECTION = /^(sso-session|services)\./;

function kindOf(section: IniSection): ProfileKind {
  if (section.sso_session !== undefined || section.sso_start_url !== undefined) return "sso";
  if (section.role_arn !== undefined && section.web_identity_token_file !== undefined) return "web-identity";
  if (section.role_arn !== undefined) return "assume-role";
  if (section.credential_process !== undefined) return "process";
  if (section.login_session !== undefined) return "login";
  if (section.aws_access_key_id !== undefined) return "static";
  return "region-only";
}

/**
 * All profiles from both files, sorted by name with "default" first. Fields from the config file
 * win over the credentials file for non-secret settings (region, sso_*), as in the SDK.
 */
export async function listProfiles(files: ProfileFiles = {}): Promise<AwsProfileInfo[]> {
  const init = { ...files, ignoreCache: true };
  const { configFile, credentialsFile } = await loadSharedConfigFiles(init);
  const ssoSessions = await loadSsoSessionData(
    files.configFilepath !== undefined ? { configFilepath: files.configFilepath } : {},
  );
  // The loader also returns [sso-session x] and [services x] sections, as "sso-session.x" / "services.x".
  const names = new Set(
    [...Object.keys(configFile), ...Object.keys(credentialsFile)].filter((name) => !NON_PROFILE_SECTION.test(name)),
  );
  const profiles: AwsProfileInfo[] = [];
  for (const name of names) {
    const fromConfig: IniSection | undefined = configFile[name];
    const fromCredentials: IniSection | undefined = credentialsFile[name];
    const merged: IniSection = { ...fromCredentials, ...fromConfig };
    const sources: AwsProfileInfo["sources"] = [];
    if (fromConfig !== undefined) sources.push("config");
    if (fromCredentials !== undefined) sources.push("credentials");
    const profile: AwsProfileInfo = { name, sources, kind: kindOf(merged) };
    const session = merged.sso_session !== undefined ? ssoSessions[merged.sso_session] : undefined;
    const region = merged.region ?? session?.sso_region;
    if (region !== undefined) profile.region = region;
    if (merged.sso_session !== undefined) profile.ssoSession = merged.sso_session;
    const startUrl = merged.sso_start_url ?? session?.sso_start_url;
    if (startUrl !== undefined) profile.ssoStartUrl = startUrl;
    if (merged.sso_account_id !== undefined) profile.ssoAccountId = merged.sso_account_id;
    if (merged.sso_role_name !== undefined) profile.ssoRoleName = merged.sso_role_name;
    if (merged.role_arn !== undefined) profile.roleArn = merged.role_arn;
    if (merged.source_profile !== undefined) profile.sourceProfile = merged.source_profile;
    profiles.push(profile);
  }
  return profiles.sort((a, b) =>
    a.name === "default" ? -1 : b.name === "default" ? 1 : a.name.localeCompare(b.name),
  );
}

/**
 * True when the environment holds credentials (AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY), so the
 * UI can offer "environment credentials" next to the profiles. Reads presence only.
 */
export function environmentCredentialsAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.AWS_ACCESS_KEY_ID) && Boolean(env.AWS_SECRET_ACCESS_KEY);
}

/**
 * The region a scan starts from when the user gives none: AWS_REGION, AWS_DEFAULT_REGION, the
 * profile's region (AWS_PROFILE or "default" when no profile is named), else undefined.
 */
export async function defaultRegion(
  profile: string | undefined,
  files: ProfileFiles = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  if (env.AWS_REGION) return env.AWS_REGION;
  if (env.AWS_DEFAULT_REGION) return env.AWS_DEFAULT_REGION;
  const name = profile ?? env.AWS_PROFILE ?? "default";
  const found = (await listProfiles(files)).find((p) => p.name === name);
  return found?.region;
}
