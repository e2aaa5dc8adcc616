/**
 * Test environment for the account scan: dummy credentials in the environment, AWS config files
 * pointed at an empty temp directory (so the developer's ~/.aws is never read), and the instance
 * metadata service disabled (so the default provider chain can never reach for the network).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The dummy keys; tests assert the secret never shows up anywhere. */
export const DUMMY_ACCESS_KEY_ID = "AKIAFAKEFAKEFAKE0001";
export const DUMMY_SECRET_ACCESS_KEY = "fake/secret+never-leaves-the-sdk";

const VARIABLES = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_EC2_METADATA_DISABLED",
  "AWS_ENDPOINT_URL",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_ROLE_ARN",
  "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED",
] as const;

/** Set up the environment; returns the temp dir and a function that restores everything. */
export function useFakeAwsEnvironment(): { dir: string; restore: () => void } {
  const saved = new Map<string, string | undefined>(VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of VARIABLES) delete process.env[name];
  const dir = mkdtempSync(join(tmpdir(), "shieldwall-aws-"));
  process.env.AWS_ACCESS_KEY_ID = DUMMY_ACCESS_KEY_ID;
  process.env.AWS_SECRET_ACCESS_KEY = DUMMY_SECRET_ACCESS_KEY;
  process.env.AWS_CONFIG_FILE = join(dir, "config");
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, "credentials");
  process.env.AWS_EC2_METADATA_DISABLED = "true";
  // The SDK warns once per process that it will need Node 22 from 2027; keep test output readable.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  return {
    dir,
    restore: () => {
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
