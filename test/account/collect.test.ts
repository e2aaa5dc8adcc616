import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, test } from "node:test";
import { collectAccount, type CollectOptions, type CollectProgress } from "../../server/src/account/collect";
import { AccountScanError } from "../../server/src/account/errors";
import type { ResourceTypeSpec } from "../../server/src/account/resource-types";
import { summarizeCoverage, type AccountSnapshot } from "../../server/src/account/snapshot";
import { DUMMY_ACCESS_KEY_ID, DUMMY_SECRET_ACCESS_KEY, useFakeAwsEnvironment } from "./fake-aws/env";
import { defaultScenario, type Scenario } from "./fake-aws/scenario";
import { startFakeAws, type FakeAws } from "./fake-aws/server";

/** The types the fake holds data for, plus one it holds none of (an empty list is still a check). */
const TYPES: readonly ResourceTypeSpec[] = [
  { typeName: "AWS::S3::Bucket", scope: "global", arnProperty: "Arn" },
  { typeName: "AWS::IAM::Role", scope: "global", arnProperty: "Arn" },
  { typeName: "AWS::EC2::SecurityGroup", scope: "regional", arnTemplate: "arn:{partition}:ec2:{region}:{account}:security-group/{id}" },
  { typeName: "AWS::EC2::Volume", scope: "regional" },
  { typeName: "AWS::RDS::DBInstance", scope: "regional", arnProperty: "DBInstanceArn" },
  { typeName: "AWS::KMS::Key", scope: "regional", arnProperty: "Arn" },
  { typeName: "AWS::SQS::Queue", scope: "regional", arnProperty: "Arn" },
];

let env: ReturnType<typeof useFakeAwsEnvironment>;
let fake: FakeAws | undefined;

beforeEach(() => {
  env = useFakeAwsEnvironment();
});

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  env.restore();
});

async function scan(
  scenario: Scenario,
  options: CollectOptions = {},
  control: Parameters<typeof collectAccount>[1] = {},
): Promise<AccountSnapshot> {
  fake = await startFakeAws(scenario);
  return collectAccount(
    {
      endpointUrl: fake.url,
      regions: ["us-east-1", "eu-west-1"],
      resourceTypes: TYPES,
      credentialReportPollMs: 5,
      ...options,
    },
    control,
  );
}

function resourceIds(snapshot: AccountSnapshot): string[] {
  return snapshot.resources.map((r) => `${r.region} ${r.typeName} ${r.identifier}`).sort();
}

function count(service: string, operation: string, extra: (r: FakeAws["requests"][number]) => boolean = () => true): number {
  return (fake?.requests ?? []).filter((r) => r.service === service && r.operation === operation && extra(r)).length;
}

describe("collectAccount against the fake AWS endpoint", () => {
  test("collects resources in the CloudFormation shape and every account-level fact", async () => {
    const snapshot = await scan(defaultScenario(), { regions: "all" });

    assert.equal(snapshot.accountId, "111122223333");
    assert.equal(snapshot.partition, "aws");
    assert.equal(snapshot.callerArn, "arn:aws:iam::111122223333:user/auditor");
    assert.deepEqual(snapshot.regions, ["eu-west-1", "us-east-1"], "af-south-1 is not opted in");
    assert.equal(snapshot.cancelled, false);
    assert.deepEqual(snapshot.gaps, []);

    assert.deepEqual(resourceIds(snapshot), [
      "eu-west-1 AWS::EC2::SecurityGroup sg-0rdp",
      "eu-west-1 AWS::KMS::Key 2222",
      "global AWS::IAM::Role admin-anyone",
      "global AWS::IAM::Role lambda-exec",
      "global AWS::S3::Bucket insecure-logs-111122223333",
      "global AWS::S3::Bucket public-site-111122223333",
      "global AWS::S3::Bucket secure-data-111122223333",
      "us-east-1 AWS::EC2::SecurityGroup sg-0open22",
      "us-east-1 AWS::EC2::SecurityGroup sg-0private",
      "us-east-1 AWS::EC2::Volume vol-0plain",
      "us-east-1 AWS::EC2::Volume vol-0sealed",
      "us-east-1 AWS::RDS::DBInstance public-db",
    ]);
    const openSsh = snapshot.resources.find((r) => r.identifier === "sg-0open22");
    assert.deepEqual(openSsh, {
      region: "us-east-1",
      typeName: "AWS::EC2::SecurityGroup",
      identifier: "sg-0open22",
      arn: "arn:aws:ec2:us-east-1:111122223333:security-group/sg-0open22",
      properties: {
        GroupId: "sg-0open22",
        GroupDescription: "ssh from anywhere",
        VpcId: "vpc-1",
        SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 22, ToPort: 22, CidrIp: "0.0.0.0/0" }],
      },
    });
    const db = snapshot.resources.find((r) => r.identifier === "public-db");
    assert.equal(db?.arn, "arn:aws:rds:us-east-1:111122223333:db:public-db");
    assert.deepEqual(
      (db?.properties as Record<string, unknown>).PubliclyAccessible,
      true,
    );

    const facts = snapshot.facts;
    assert.deepEqual(
      { mfa: facts.root?.mfaEnabled, keys: facts.root?.accessKeysPresent },
      { mfa: false, keys: true },
    );
    assert.deepEqual(facts.passwordPolicy, {
      minimumPasswordLength: 8,
      requireSymbols: false,
      requireNumbers: true,
      allowUsersToChangePassword: true,
      expirePasswords: false,
    });
    assert.equal(facts.credentialReport?.generatedAt, "2026-11-22T08:00:00.000Z");
    const consoleWithoutMfa = facts.credentialReport?.users
      .filter((u) => u.passwordEnabled === true && !u.mfaActive)
      .map((u) => u.user);
    assert.deepEqual(consoleWithoutMfa, ["alice"]);
    const alice = facts.credentialReport?.users.find((u) => u.user === "alice");
    assert.deepEqual(alice?.accessKeys, [
      { active: true, lastRotated: "2021-03-04T05:06:07+00:00", lastUsed: "2024-01-15T00:00:00+00:00" },
      { active: false },
    ]);
    assert.equal(facts.credentialReport?.users.find((u) => u.isRoot)?.accessKeys[0].active, true);

    assert.deepEqual(
      facts.iam?.roles.map((r) => r.name),
      ["admin-anyone", "lambda-exec", "ci-deployer"],
    );
    assert.deepEqual(facts.iam?.roles[0]?.trustPolicy, {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { AWS: "*" }, Action: "sts:AssumeRole" }],
    });
    assert.deepEqual(facts.iam?.users[0]?.inlinePolicies[0]?.document, {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
    });
    const ciDeploy = facts.iam?.managedPolicies.find((p) => p.name === "ci-deploy");
    assert.deepEqual(ciDeploy?.document, {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
    }, "the default version's document, not v1");
    assert.equal(ciDeploy?.awsManaged, false);
    assert.equal(facts.iam?.managedPolicies.find((p) => p.name === "AdministratorAccess")?.awsManaged, true);

    assert.equal(facts.s3PublicAccessBlock, null, "no account-level block configured");
    assert.deepEqual(facts.ebsEncryptionByDefault, { "us-east-1": false, "eu-west-1": true });
    const trails = [...(facts.cloudTrail?.trails ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(
      trails.map((t) => [t.name, t.isMultiRegion, t.logFileValidationEnabled, t.isLogging]),
      [
        ["eu-local", false, false, false],
        ["org-trail", true, true, true],
      ],
    );
    assert.equal(count("cloudtrail", "GetTrailStatus"), 2, "the shadow copy of org-trail is not asked twice");
    assert.deepEqual(facts.guardDuty, {
      "us-east-1": { detectors: [{ id: "d-1111", status: "ENABLED" }] },
      "eu-west-1": { detectors: [] },
    });
    assert.equal(facts.config["us-east-1"]?.recorders[0]?.recording, true);
    assert.deepEqual(facts.config["eu-west-1"], { recorders: [] });
    assert.deepEqual(
      facts.accessAnalyzer["us-east-1"]?.analyzers.map((a) => `${a.name}:${a.type}:${a.status}`),
      ["account-analyzer:ACCOUNT:ACTIVE", "unused-access:ACCOUNT_UNUSED_ACCESS:ACTIVE", "org-analyzer:ORGANIZATION:DISABLED"],
    );
    assert.deepEqual(facts.accessAnalyzer["eu-west-1"], { analyzers: [] });

    const checked = snapshot.checked.map((c) => `${c.service}@${c.region}`);
    for (const expected of [
      "sts:caller-identity@global",
      "ec2:regions@us-east-1",
      "iam:credential-report@global",
      "s3control:public-access-block@global",
      "guardduty@eu-west-1",
      "cloudcontrol:AWS::SQS::Queue@eu-west-1",
      "cloudcontrol:AWS::S3::Bucket@global",
    ]) {
      assert.ok(checked.includes(expected), expected);
    }
    // 2 regions × (5 services + 5 regional types) + 5 global facts + 2 global types + identity + regions
    assert.equal(snapshot.checked.length, 2 * (5 + 5) + 5 + 2 + 2);
    assert.equal(count("s3", "GetPublicAccessBlock"), 1);
    assert.ok((fake?.requests.length ?? 0) <= 100, `bounded: ${fake?.requests.length ?? 0} requests`);
    assert.equal(count("iam", "GenerateCredentialReport"), 2, "polled until COMPLETE");
  });

  test("follows pagination in Cloud Control, IAM, GuardDuty and Access Analyzer", async () => {
    const scenario = defaultScenario();
    scenario.pageSize = 1;
    scenario.detectors["us-east-1"] = [
      { id: "d-1", status: "ENABLED" },
      { id: "d-2", status: "DISABLED" },
    ];
    const snapshot = await scan(scenario, { regions: ["us-east-1"] });

    assert.deepEqual(snapshot.gaps, []);
    assert.equal(count("cloudcontrolapi", "ListResources", (r) => r.typeName === "AWS::S3::Bucket"), 3);
    assert.equal(snapshot.resources.filter((r) => r.typeName === "AWS::S3::Bucket").length, 3);
    assert.equal(count("iam", "GetAccountAuthorizationDetails"), 3);
    assert.equal(snapshot.facts.iam?.roles.length, 3);
    assert.equal(snapshot.facts.iam?.users.length, 1, "users from the first page are not repeated");
    assert.equal(count("guardduty", "ListDetectors"), 2);
    assert.deepEqual(snapshot.facts.guardDuty["us-east-1"]?.detectors, [
      { id: "d-1", status: "ENABLED" },
      { id: "d-2", status: "DISABLED" },
    ]);
    assert.equal(count("access-analyzer", "ListAnalyzers"), 3);
    assert.equal(snapshot.facts.accessAnalyzer["us-east-1"]?.analyzers.length, 3);
  });

  test("retries a throttled call (adaptive retry) and then succeeds", async () => {
    const scenario = defaultScenario();
    scenario.faults = [
      { service: "cloudcontrolapi", operation: "ListResources", typeName: "AWS::EC2::SecurityGroup", region: "us-east-1", kind: "throttle", times: 1 },
      { service: "iam", operation: "GetAccountSummary", kind: "throttle", times: 1 },
      { service: "ec2", operation: "GetEbsEncryptionByDefault", region: "eu-west-1", kind: "throttle", times: 1 },
    ];
    const snapshot = await scan(scenario);

    assert.deepEqual(snapshot.gaps, []);
    assert.equal(count("cloudcontrolapi", "ListResources", (r) => r.typeName === "AWS::EC2::SecurityGroup" && r.region === "us-east-1"), 2);
    assert.deepEqual(
      snapshot.resources.filter((r) => r.typeName === "AWS::EC2::SecurityGroup" && r.region === "us-east-1").map((r) => r.identifier).sort(),
      ["sg-0open22", "sg-0private"],
    );
    assert.equal(count("iam", "GetAccountSummary"), 2);
    assert.equal(snapshot.facts.root?.mfaEnabled, false);
    assert.equal(count("ec2", "GetEbsEncryptionByDefault", (r) => r.region === "eu-west-1"), 2);
    assert.equal(snapshot.facts.ebsEncryptionByDefault["eu-west-1"], true);
  });

  test("throttled past every attempt becomes a gap, not a failure", async () => {
    const scenario = defaultScenario();
    scenario.faults = [{ service: "config", operation: "DescribeConfigurationRecorders", region: "eu-west-1", kind: "throttle" }];
    const snapshot = await scan(scenario, { maxAttempts: 2 });
    assert.deepEqual(
      snapshot.gaps.map((g) => [g.service, g.region, g.kind]),
      [["config", "eu-west-1", "throttled"]],
    );
    assert.equal(count("config", "DescribeConfigurationRecorders", (r) => r.region === "eu-west-1"), 2);
    assert.ok(snapshot.facts.config["us-east-1"] !== undefined);
  });

  test("AccessDenied on one service becomes a coverage gap and the scan continues", async () => {
    const scenario = defaultScenario();
    scenario.faults = [
      { service: "guardduty", kind: "access-denied" },
      { service: "s3", operation: "GetPublicAccessBlock", kind: "access-denied" },
      { service: "cloudcontrolapi", typeName: "AWS::RDS::DBInstance", region: "us-east-1", kind: "access-denied" },
    ];
    const snapshot = await scan(scenario);

    assert.deepEqual(
      snapshot.gaps.map((g) => `${g.service}@${g.region}:${g.kind}`).sort(),
      [
        "cloudcontrol:AWS::RDS::DBInstance@us-east-1:access-denied",
        "guardduty@eu-west-1:access-denied",
        "guardduty@us-east-1:access-denied",
        "s3control:public-access-block@global:access-denied",
      ],
    );
    const guardDutyGap = snapshot.gaps.find((g) => g.service === "guardduty");
    assert.match(guardDutyGap?.reason ?? "", /^AccessDeniedException: User: arn:aws:iam::111122223333:user\/auditor is not authorized/);
    assert.deepEqual(snapshot.facts.guardDuty, {}, "not checked is not the same as 'no detector'");
    assert.equal(snapshot.facts.s3PublicAccessBlock, undefined, "not checked is not the same as 'not configured'");
    assert.equal(count("guardduty", "ListDetectors"), 2, "AccessDenied is not retried");
    // Everything else was still collected.
    assert.equal(snapshot.resources.some((r) => r.identifier === "public-db"), false);
    assert.equal(snapshot.resources.some((r) => r.identifier === "sg-0open22"), true);
    assert.equal(snapshot.facts.config["us-east-1"]?.recorders.length, 1);
    assert.ok(snapshot.facts.credentialReport !== undefined);

    const summary = summarizeCoverage(snapshot);
    assert.deepEqual(summary.slice(0, 5), [
      "account 111122223333 (aws), regions: us-east-1, eu-west-1",
      `collected ${snapshot.resources.length} resources; ${snapshot.checked.length} checks done, 4 not done`,
      "eu-west-1: 9 checked, 1 not checked",
      "global: 7 checked, 1 not checked",
      "us-east-1: 8 checked, 2 not checked",
    ]);
    assert.ok(summary.includes(`not checked: guardduty in us-east-1 (access-denied: ${guardDutyGap?.reason ?? ""})`), summary.join("\n"));
  });

  test("resources that cannot be read are one gap for their type; the readable ones are kept", async () => {
    const scenario = defaultScenario();
    scenario.faults = [{ service: "cloudcontrolapi", operation: "GetResource", typeName: "AWS::EC2::Volume", kind: "access-denied", times: 1 }];
    const snapshot = await scan(scenario, { regions: ["us-east-1"], concurrency: 1 });
    assert.deepEqual(
      snapshot.gaps.map((g) => `${g.service}@${g.region}:${g.kind}`),
      ["cloudcontrol:AWS::EC2::Volume@us-east-1:access-denied"],
    );
    assert.match(snapshot.gaps[0]?.reason ?? "", /^1 of 2 resources could not be read; first: AccessDeniedException: /);
    assert.equal(snapshot.resources.filter((r) => r.typeName === "AWS::EC2::Volume").length, 1);
  });

  test("a resource type Cloud Control cannot list is reported as unsupported", async () => {
    const scenario = defaultScenario();
    scenario.faults = [{ service: "cloudcontrolapi", typeName: "AWS::SQS::Queue", kind: "unsupported" }];
    const snapshot = await scan(scenario, { regions: ["eu-west-1"] });
    assert.deepEqual(
      snapshot.gaps.map((g) => `${g.service}@${g.region}:${g.kind}`),
      ["cloudcontrol:AWS::SQS::Queue@eu-west-1:unsupported"],
    );
  });

  test("a call that never answers hits the per-call timeout and becomes a gap", async () => {
    const scenario = defaultScenario();
    scenario.faults = [{ service: "cloudtrail", operation: "DescribeTrails", region: "eu-west-1", kind: "hang" }];
    const started = Date.now();
    const snapshot = await scan(scenario, { callTimeoutMs: 2000 });
    assert.ok(Date.now() - started < 15_000);
    assert.deepEqual(
      snapshot.gaps.map((g) => `${g.service}@${g.region}:${g.kind}`),
      ["cloudtrail@eu-west-1:timeout"],
    );
    assert.deepEqual(
      snapshot.facts.cloudTrail?.trails.map((t) => t.name),
      ["org-trail"],
      "what us-east-1 showed is kept",
    );
  });

  test("cancellation keeps partial results and reports the rest as not checked", async () => {
    const scenario = defaultScenario();
    scenario.faults = [{ service: "cloudcontrolapi", operation: "GetResource", typeName: "AWS::RDS::DBInstance", kind: "hang" }];
    const controller = new AbortController();
    const progress: CollectProgress[] = [];
    fake = await startFakeAws(scenario);
    fake.onRequest = (request) => {
      if (request.typeName === "AWS::RDS::DBInstance" && request.operation === "GetResource") controller.abort();
    };
    const started = Date.now();
    const snapshot = await collectAccount(
      {
        endpointUrl: fake.url,
        regions: ["us-east-1", "eu-west-1"],
        resourceTypes: TYPES,
        credentialReportPollMs: 5,
        concurrency: 2,
      },
      { signal: controller.signal, onProgress: (p) => progress.push(p) },
    );

    assert.ok(Date.now() - started < 10_000, "cancel does not wait for the hanging call");
    assert.equal(snapshot.cancelled, true);
    assert.equal(snapshot.accountId, "111122223333");
    assert.ok(snapshot.checked.length > 0, "what finished before the cancel is kept");
    assert.ok(snapshot.resources.length > 0, "resources read before the cancel are kept");
    assert.equal(snapshot.resources.some((r) => r.identifier === "public-db"), false);
    const cancelled = snapshot.gaps.filter((g) => g.kind === "cancelled");
    assert.ok(cancelled.some((g) => g.service === "cloudcontrol:AWS::RDS::DBInstance" && g.region === "us-east-1"));
    assert.ok(cancelled.some((g) => g.region === "eu-west-1"), "units not started yet are reported too");
    assert.equal(snapshot.gaps.length, cancelled.length, "a cancel is not reported as an AWS error");
    assert.equal(snapshot.checked.length + snapshot.gaps.length, 2 * (5 + 5) + 5 + 2 + 1, "every unit is accounted for");
    const requestsAtEnd = fake.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(fake.requests.length, requestsAtEnd, "no call is started after the scan returned");
    assert.ok(progress.some((p) => p.status === "not-checked" && p.message.includes("cancelled")));
    assert.ok(summarizeCoverage(snapshot).includes("scan cancelled: results are partial"));
  });

  test("credentials are never in the snapshot or the progress messages", async () => {
    const messages: string[] = [];
    const snapshot = await scan(defaultScenario(), {}, { onProgress: (p) => messages.push(JSON.stringify(p)) });
    const everything = JSON.stringify(snapshot) + messages.join("\n");
    assert.ok(messages.length > 0);
    assert.equal(everything.includes(DUMMY_SECRET_ACCESS_KEY), false);
    assert.equal(everything.includes(DUMMY_ACCESS_KEY_ID), false);
  });

  test("uses a named profile from the credentials file and its region", async () => {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    writeFileSync(join(env.dir, "credentials"), "[auditor]\naws_access_key_id = AKIAPROFILE000000001\naws_secret_access_key = profile-secret\n");
    writeFileSync(join(env.dir, "config"), "[profile auditor]\nregion = eu-west-1\n");
    fake = await startFakeAws(defaultScenario());
    const snapshot = await collectAccount({
      endpointUrl: fake.url,
      profile: "auditor",
      resourceTypes: TYPES.slice(0, 1),
      credentialReportPollMs: 5,
    });
    assert.deepEqual(snapshot.regions, ["eu-west-1"]);
    assert.deepEqual(snapshot.gaps, []);
    assert.equal(fake.requests.find((r) => r.service === "sts")?.region, "eu-west-1");
  });

  test("no usable credentials: rejects with AccountScanError and sends nothing", async () => {
    fake = await startFakeAws(defaultScenario());
    await assert.rejects(
      collectAccount({ endpointUrl: fake.url, profile: "does-not-exist", regions: ["us-east-1"] }),
      (error: unknown) => error instanceof AccountScanError && /sts:GetCallerIdentity/.test(error.message),
    );
    assert.deepEqual(fake.requests, []);
  });
});
