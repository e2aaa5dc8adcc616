import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { DeleteAnalyzerCommand } from "@aws-sdk/client-accessanalyzer";
import { DeleteResourceCommand, GetResourceRequestStatusCommand, UpdateResourceCommand } from "@aws-sdk/client-cloudcontrol";
import { StopLoggingCommand } from "@aws-sdk/client-cloudtrail";
import { StopConfigurationRecorderCommand } from "@aws-sdk/client-config-service";
import { DisableEbsEncryptionByDefaultCommand, TerminateInstancesCommand } from "@aws-sdk/client-ec2";
import { DeleteDetectorCommand } from "@aws-sdk/client-guardduty";
import { CreateAccessKeyCommand, CreateUserCommand } from "@aws-sdk/client-iam";
import { DeleteBucketCommand, DeletePublicAccessBlockCommand } from "@aws-sdk/client-s3-control";
import { AssumeRoleCommand, GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { AwsClientFactory, hasReadOnlyGuard, type ServiceId } from "../../server/src/account/clients";
import {
  READ_ONLY_ALLOWLIST,
  READ_ONLY_EXCEPTIONS,
  READ_ONLY_VERB,
  ReadOnlyViolationError,
  isOperationAllowed,
} from "../../server/src/account/read-only-guard";
import { useFakeAwsEnvironment } from "./fake-aws/env";
import { defaultScenario } from "./fake-aws/scenario";
import { startFakeAws, type FakeAws } from "./fake-aws/server";

/** SDK client class name → npm package, to check every allowlisted name is a real command. */
const PACKAGES: Record<string, string> = {
  AccessAnalyzerClient: "@aws-sdk/client-accessanalyzer",
  CloudControlClient: "@aws-sdk/client-cloudcontrol",
  CloudTrailClient: "@aws-sdk/client-cloudtrail",
  ConfigServiceClient: "@aws-sdk/client-config-service",
  EC2Client: "@aws-sdk/client-ec2",
  GuardDutyClient: "@aws-sdk/client-guardduty",
  IAMClient: "@aws-sdk/client-iam",
  S3ControlClient: "@aws-sdk/client-s3-control",
  STSClient: "@aws-sdk/client-sts",
};

const SERVICES: readonly ServiceId[] = [
  "accessanalyzer",
  "cloudcontrol",
  "cloudtrail",
  "config",
  "ec2",
  "guardduty",
  "iam",
  "s3control",
  "sts",
];

describe("read-only allowlist", () => {
  test("every allowlisted operation is a List/Get/Describe verb or a documented exception", () => {
    for (const [client, operations] of Object.entries(READ_ONLY_ALLOWLIST)) {
      for (const operation of operations) {
        const documented = Object.prototype.hasOwnProperty.call(READ_ONLY_EXCEPTIONS, `${client}.${operation}`);
        assert.ok(READ_ONLY_VERB.test(operation) || documented, `${client}.${operation} needs a documented reason`);
      }
    }
  });

  test("every documented exception is on the allowlist (no stale reasons)", () => {
    for (const key of Object.keys(READ_ONLY_EXCEPTIONS)) {
      const [client, operation] = key.split(".");
      assert.ok(client !== undefined && operation !== undefined && isOperationAllowed(client, operation), key);
    }
  });

  test("every allowlisted operation is a real command of its SDK client (no typos)", () => {
    for (const [client, operations] of Object.entries(READ_ONLY_ALLOWLIST)) {
      const pkg = PACKAGES[client];
      assert.ok(pkg !== undefined, `no package for ${client}`);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exports = require(pkg) as Record<string, unknown>;
      assert.equal(typeof exports[client], "function", `${pkg} exports ${client}`);
      for (const operation of operations) {
        assert.equal(typeof exports[`${operation}Command`], "function", `${pkg} exports ${operation}Command`);
      }
    }
  });

  test("the allowlist is explicit: a read verb that is not listed is refused", () => {
    assert.equal(isOperationAllowed("CloudControlClient", "GetResource"), true);
    assert.equal(isOperationAllowed("CloudControlClient", "GetResourceRequestStatus"), false);
    assert.equal(isOperationAllowed("IAMClient", "CreateUser"), false);
    assert.equal(isOperationAllowed("constructor", "GetResource"), false);
    assert.equal(isOperationAllowed("IAMClient", "toString"), false);
  });

  test("only clients.ts constructs SDK clients, so none can skip the guard", () => {
    const dir = join(__dirname, "..", "..", "..", "server", "src", "account");
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && file !== "clients.ts")
      .filter((file) => /new\s+[A-Za-z0-9]+Client\s*\(/.test(readFileSync(join(dir, file), "utf8")));
    assert.deepEqual(offenders, []);
  });
});

describe("read-only guard on real SDK clients", () => {
  let fake: FakeAws;
  let env: ReturnType<typeof useFakeAwsEnvironment>;
  let clients: AwsClientFactory;

  before(async () => {
    env = useFakeAwsEnvironment();
    fake = await startFakeAws(defaultScenario());
    clients = new AwsClientFactory({ endpointUrl: fake.url, maxAttempts: 1 });
  });

  after(async () => {
    clients.destroy();
    await fake.close();
    env.restore();
  });

  test("every client the factory builds carries the guard", () => {
    for (const service of SERVICES) {
      assert.equal(hasReadOnlyGuard(clients.get(service, "us-east-1")), true, service);
    }
  });

  test("mutating operations are refused before anything reaches the server", async () => {
    const region = "us-east-1";
    const attempts: Array<[string, () => Promise<unknown>]> = [
      ["iam:CreateUser", () => clients.get("iam", region).send(new CreateUserCommand({ UserName: "mallory" }))],
      ["iam:CreateAccessKey", () => clients.get("iam", region).send(new CreateAccessKeyCommand({ UserName: "alice" }))],
      ["s3control:DeleteBucket", () => clients.get("s3control", region).send(new DeleteBucketCommand({ AccountId: "111122223333", Bucket: "secure-data" }))],
      ["s3control:DeletePublicAccessBlock", () => clients.get("s3control", region).send(new DeletePublicAccessBlockCommand({ AccountId: "111122223333" }))],
      ["cloudcontrol:DeleteResource", () => clients.get("cloudcontrol", region).send(new DeleteResourceCommand({ TypeName: "AWS::S3::Bucket", Identifier: "secure-data" }))],
      ["cloudcontrol:UpdateResource", () => clients.get("cloudcontrol", region).send(new UpdateResourceCommand({ TypeName: "AWS::S3::Bucket", Identifier: "x", PatchDocument: "[]" }))],
      ["cloudcontrol:GetResourceRequestStatus", () => clients.get("cloudcontrol", region).send(new GetResourceRequestStatusCommand({ RequestToken: "t" }))],
      ["ec2:TerminateInstances", () => clients.get("ec2", region).send(new TerminateInstancesCommand({ InstanceIds: ["i-1"] }))],
      ["ec2:DisableEbsEncryptionByDefault", () => clients.get("ec2", region).send(new DisableEbsEncryptionByDefaultCommand({}))],
      ["cloudtrail:StopLogging", () => clients.get("cloudtrail", region).send(new StopLoggingCommand({ Name: "org-trail" }))],
      ["guardduty:DeleteDetector", () => clients.get("guardduty", region).send(new DeleteDetectorCommand({ DetectorId: "d-1111" }))],
      ["config:StopConfigurationRecorder", () => clients.get("config", region).send(new StopConfigurationRecorderCommand({ ConfigurationRecorderName: "default" }))],
      ["accessanalyzer:DeleteAnalyzer", () => clients.get("accessanalyzer", region).send(new DeleteAnalyzerCommand({ analyzerName: "a" }))],
      ["sts:AssumeRole", () => clients.get("sts", region).send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::111122223333:role/admin-anyone", RoleSessionName: "x" }))],
    ];
    for (const [label, attempt] of attempts) {
      await assert.rejects(attempt(), (error: unknown) => {
        assert.ok(error instanceof ReadOnlyViolationError, `${label}: ${String(error)}`);
        return true;
      });
    }
    assert.deepEqual(fake.requests, []);
  });

  test("an allowlisted operation goes through the same guarded client", async () => {
    const identity = await clients.get("sts", "us-east-1").send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Account, "111122223333");
    assert.deepEqual(
      fake.requests.map((r) => `${r.service}:${r.operation}`),
      ["sts:GetCallerIdentity"],
    );
  });
});
