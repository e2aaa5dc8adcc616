import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, test } from "node:test";
import { defaultRegion, environmentCredentialsAvailable, listProfiles } from "../../server/src/account/profiles";
import { useFakeAwsEnvironment } from "./fake-aws/env";

const CONFIG = `[default]
region = us-east-1

[profile sso-new]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = SecurityAudit
region = eu-west-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = eu-central-1
sso_registration_scopes = sso:account:access

[profile sso-legacy]
sso_start_url = https://legacy.awsapps.com/start
sso_region = us-west-2
sso_account_id = 444455556666
sso_role_name = ReadOnly

[profile audit-role]
role_arn = arn:aws:iam::111122223333:role/audit
source_profile = default

[profile from-process]
credential_process = /usr/local/bin/get-creds --secret-flag
`;

const CREDENTIALS = `[default]
aws_access_key_id = AKIADEFAULT000000001
aws_secret_access_key = default-secret-value

[keys-only]
aws_access_key_id = AKIAKEYSONLY00000001
aws_secret_access_key = keys-only-secret-value
aws_session_token = keys-only-session-token
`;

let env: ReturnType<typeof useFakeAwsEnvironment>;

beforeEach(() => {
  env = useFakeAwsEnvironment();
  writeFileSync(join(env.dir, "config"), CONFIG);
  writeFileSync(join(env.dir, "credentials"), CREDENTIALS);
});

afterEach(() => env.restore());

describe("listProfiles", () => {
  test("lists profiles from both files (AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE), SSO included", async () => {
    const profiles = await listProfiles();
    assert.deepEqual(profiles, [
      { name: "default", sources: ["config", "credentials"], kind: "static", region: "us-east-1" },
      {
        name: "audit-role",
        sources: ["config"],
        kind: "assume-role",
        roleArn: "arn:aws:iam::111122223333:role/audit",
        sourceProfile: "default",
      },
      { name: "from-process", sources: ["config"], kind: "process" },
      { name: "keys-only", sources: ["credentials"], kind: "static" },
      {
        name: "sso-legacy",
        sources: ["config"],
        kind: "sso",
        ssoStartUrl: "https://legacy.awsapps.com/start",
        ssoAccountId: "444455556666",
        ssoRoleName: "ReadOnly",
      },
      {
        name: "sso-new",
        sources: ["config"],
        kind: "sso",
        region: "eu-west-1",
        ssoSession: "corp",
        ssoStartUrl: "https://corp.awsapps.com/start",
        ssoAccountId: "111122223333",
        ssoRoleName: "SecurityAudit",
      },
    ]);
  });

  test("never returns secrets, session tokens or credential_process commands", async () => {
    const text = JSON.stringify(await listProfiles());
    for (const secret of ["default-secret-value", "keys-only-secret-value", "keys-only-session-token", "AKIADEFAULT", "get-creds"]) {
      assert.equal(text.includes(secret), false, secret);
    }
  });

  test("explicit paths win over the environment", async () => {
    const other = join(env.dir, "other-config");
    writeFileSync(other, "[profile only-here]\nregion = ap-south-1\n");
    const profiles = await listProfiles({ configFilepath: other, filepath: join(env.dir, "missing") });
    assert.deepEqual(profiles, [{ name: "only-here", sources: ["config"], kind: "region-only", region: "ap-south-1" }]);
  });

  test("missing files give an empty list", async () => {
    assert.deepEqual(await listProfiles({ configFilepath: join(env.dir, "none"), filepath: join(env.dir, "none2") }), []);
  });
});

describe("defaultRegion and environment credentials", () => {
  test("AWS_REGION, then AWS_DEFAULT_REGION, then the profile's region", async () => {
    assert.equal(await defaultRegion("sso-new"), "eu-west-1");
    assert.equal(await defaultRegion(undefined), "us-east-1", "the default profile");
    assert.equal(await defaultRegion("audit-role"), undefined);
    process.env.AWS_DEFAULT_REGION = "ca-central-1";
    assert.equal(await defaultRegion("sso-new"), "ca-central-1");
    process.env.AWS_REGION = "sa-east-1";
    assert.equal(await defaultRegion("sso-new"), "sa-east-1");
  });

  test("environment credentials are detected by presence only", () => {
    assert.equal(environmentCredentialsAvailable({ AWS_ACCESS_KEY_ID: "a", AWS_SECRET_ACCESS_KEY: "b" }), true);
    assert.equal(environmentCredentialsAvailable({ AWS_ACCESS_KEY_ID: "a" }), false);
    assert.equal(environmentCredentialsAvailable({}), false);
  });
});
