import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, test } from "node:test";
import { DocumentAnalyzer } from "../../server/src/engine/engine";
import { builtInRules } from "../../server/src/engine/registry";
import { DEFAULT_SETTINGS } from "../../server/src/engine/settings";
import { collectAccount } from "../../server/src/account/collect";
import type { AccountSnapshot } from "../../server/src/account/snapshot";
import { SOURCE_METADATA_KEY, snapshotToTemplates } from "../../server/src/account/templates";
import { useFakeAwsEnvironment } from "./fake-aws/env";
import { defaultScenario } from "./fake-aws/scenario";
import { startFakeAws, type FakeAws } from "./fake-aws/server";

function snapshotWith(resources: AccountSnapshot["resources"]): AccountSnapshot {
  return {
    accountId: "111122223333",
    partition: "aws",
    callerArn: "arn:aws:iam::111122223333:user/auditor",
    regions: ["us-east-1"],
    startedAt: "2026-11-22T08:00:00.000Z",
    finishedAt: "2026-11-22T08:00:01.000Z",
    resources,
    facts: { ebsEncryptionByDefault: {}, guardDuty: {}, config: {}, accessAnalyzer: {} },
    gaps: [],
    checked: [],
    cancelled: false,
  };
}

describe("snapshotToTemplates", () => {
  test("one template per region, logical ids from type and identifier, origin in Metadata", () => {
    const templates = snapshotToTemplates(
      snapshotWith([
        { region: "us-east-1", typeName: "AWS::EC2::Volume", identifier: "vol-0a", properties: { Encrypted: false } },
        { region: "global", typeName: "AWS::S3::Bucket", identifier: "my-bucket", arn: "arn:aws:s3:::my-bucket", properties: { BucketName: "my-bucket" } },
        { region: "us-east-1", typeName: "AWS::EC2::Volume", identifier: "vol0a", properties: {} },
      ]),
    );
    assert.deepEqual(templates.map((t) => [t.region, t.uri]), [
      ["global", "aws://111122223333/global/template.json"],
      ["us-east-1", "aws://111122223333/us-east-1/template.json"],
    ]);
    const regional = templates[1];
    assert.deepEqual(Object.keys(regional?.template.Resources ?? {}), ["EC2VolumeVol0a", "EC2VolumeVol0a2"]);
    assert.deepEqual(regional?.template.Resources.EC2VolumeVol0a, {
      Type: "AWS::EC2::Volume",
      Properties: { Encrypted: false },
      Metadata: { [SOURCE_METADATA_KEY]: { identifier: "vol-0a", region: "us-east-1" } },
    });
    assert.equal(regional?.resources.get("EC2VolumeVol0a2")?.identifier, "vol0a");
    assert.deepEqual(JSON.parse(regional?.text ?? ""), regional?.template);
    assert.deepEqual(templates[0]?.template.Resources.S3BucketMyBucket?.Metadata, {
      [SOURCE_METADATA_KEY]: { identifier: "my-bucket", region: "global", arn: "arn:aws:s3:::my-bucket" },
    });
  });
});

describe("the template rules over a live account (fake endpoint)", () => {
  let env: ReturnType<typeof useFakeAwsEnvironment>;
  let fake: FakeAws;
  beforeEach(async () => {
    env = useFakeAwsEnvironment();
    fake = await startFakeAws(defaultScenario());
  });
  afterEach(async () => {
    await fake.close();
    env.restore();
  });

  test("insecure resources get findings, secure ones do not", async () => {
    const snapshot = await collectAccount({ endpointUrl: fake.url, regions: ["us-east-1"], credentialReportPollMs: 5 });
    const found = new Set<string>();
    const serious = new Set<string>();
    for (const rendered of snapshotToTemplates(snapshot)) {
      const analysis = new DocumentAnalyzer("json", builtInRules()).analyze(rendered.text, rendered.uri, DEFAULT_SETTINGS, "account");
      for (const finding of analysis.findings) {
        const origin = finding.resource !== undefined ? rendered.resources.get(finding.resource) : undefined;
        const key = `${finding.ruleName} ${origin?.identifier ?? finding.resource ?? "?"}`;
        found.add(key);
        // Hygiene advice (a customer-managed key instead of the AWS-managed one…) is not a vulnerability.
        if (finding.severity !== "low" && finding.severity !== "info") serious.add(key);
      }
    }
    const flagged = (id: string): boolean => [...found].some((f) => f.endsWith(` ${id}`));
    for (const insecure of ["sg-0open22", "vol-0plain", "public-db", "insecure-logs-111122223333", "public-site-111122223333"]) {
      assert.ok(flagged(insecure), `${insecure} is flagged; found: ${[...found].join("; ")}`);
    }
    for (const secure of ["sg-0private", "vol-0sealed", "secure-data-111122223333"]) {
      assert.equal([...serious].some((f) => f.endsWith(` ${secure}`)), false, `${secure} is not flagged above low; found: ${[...serious].join("; ")}`);
    }
  });
});
