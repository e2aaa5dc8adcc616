import assert from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { build } from "esbuild";
import { useFakeAwsEnvironment } from "./fake-aws/env";
import { defaultScenario } from "./fake-aws/scenario";
import { startFakeAws } from "./fake-aws/server";

/**
 * The account scan ships as its own lazily loaded bundle (dist/account.js) so the AWS SDK costs
 * nothing until a user scans. This builds that entry the way scripts/bundle.mjs should (minified,
 * `module` before `main` so esbuild can tree-shake the SDK's ES modules), checks its size budget,
 * and runs a scan through the bundled code against the fake endpoint.
 */
const ROOT = join(__dirname, "..", "..", "..");
const BUDGET_MINIFIED = 1_600_000;
const BUDGET_GZIP = 450_000;

test("the bundled account entry fits its size budget and scans", async () => {
  const outdir = mkdtempSync(join(tmpdir(), "shieldwall-account-bundle-"));
  const env = useFakeAwsEnvironment();
  const fake = await startFakeAws(defaultScenario());
  try {
    await build({
      absWorkingDir: ROOT,
      entryPoints: { account: "server/src/account/index.ts" },
      outdir,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      minify: true,
      legalComments: "none",
      mainFields: ["module", "main"],
      logLevel: "silent",
    });
    const file = join(outdir, "account.js");
    const bytes = statSync(file).size;
    const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
    assert.ok(bytes < BUDGET_MINIFIED, `account.js is ${bytes} bytes minified (budget ${BUDGET_MINIFIED})`);
    assert.ok(gzip < BUDGET_GZIP, `account.js is ${gzip} bytes gzipped (budget ${BUDGET_GZIP})`);

    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundled = require(file) as typeof import("../../server/src/account");
    const snapshot = await bundled.collectAccount({
      endpointUrl: fake.url,
      regions: ["us-east-1"],
      resourceTypes: bundled.DEFAULT_RESOURCE_TYPES.filter((t) => t.typeName === "AWS::S3::Bucket"),
      credentialReportPollMs: 5,
    });
    assert.deepEqual(snapshot.gaps, []);
    assert.equal(snapshot.resources.length, 3);
    assert.equal(snapshot.facts.root?.mfaEnabled, false);
  } finally {
    await fake.close();
    env.restore();
    rmSync(outdir, { recursive: true, force: true });
  }
});
