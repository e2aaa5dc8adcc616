/**
 * `shieldwall scan-account` end to end: the bundled CLI, the real SDK clients pointed at the loopback
 * fake AWS, the same rules as templates, and account-level facts rendered as an "account" document.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { useFakeAwsEnvironment } from './fake-aws/env';
import { defaultScenario } from './fake-aws/scenario';
import { type FakeAws, startFakeAws } from './fake-aws/server';

const BIN = join(__dirname, '..', '..', '..', 'bin', 'shieldwall.js');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: process.env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface Report {
  findings: Array<{ ruleId: string; file: string; documentKind: string; resource: string; resourceType: string; message: string; live?: { identifier: string; region: string; arn?: string } }>;
  coverage: string[];
}

describe('shieldwall scan-account against the fake AWS endpoint', () => {
  let fake: FakeAws;
  let env: { restore: () => void };
  before(async () => {
    env = useFakeAwsEnvironment();
    fake = await startFakeAws(defaultScenario());
  });
  after(async () => {
    await fake.close();
    env.restore();
  });

  it('reports template-rule findings on live resources and account-level facts, read-only', async () => {
    const r = await run(['scan-account', '--regions', 'us-east-1', '--endpoint-url', fake.url, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as Report;
    assert.ok(report.findings.every((f) => f.documentKind === 'account'));
    const bucket = report.findings.find((f) => f.ruleId === 'SW1001' && f.live?.identifier === 'insecure-logs-111122223333');
    assert.ok(bucket, `unencrypted live bucket reported; got ${report.findings.map((f) => `${f.ruleId}:${f.live?.identifier ?? f.resource}`).join(', ')}`);
    assert.equal(bucket.resourceType, 'AWS::S3::Bucket');
    assert.ok(!report.findings.some((f) => f.ruleId === 'SW1001' && f.live?.identifier === 'secure-data-111122223333'), 'secure bucket not reported');
    assert.ok(report.coverage.some((l) => /account 111122223333/.test(l)), report.coverage.join('\n'));
    // Account-level facts, through rules of kind "account".
    const facts = report.findings.filter((f) => f.file.endsWith('account.yaml'));
    const has = (ruleId: string, resource: string) => facts.some((f) => f.ruleId === ruleId && f.resource === resource);
    assert.ok(has('SW6001', 'RootAccount'), 'root without MFA');
    assert.ok(has('SW6002', 'RootAccount'), 'root access keys');
    assert.ok(has('SW6004', 'CredentialsAlice'), 'console user without MFA');
    assert.equal(facts.find((f) => f.ruleId === 'SW6004')?.live?.arn?.endsWith(':user/alice'), true, 'finding names the live user');
    // The live IAM is checked by the same IAM rules as templates.
    assert.ok(facts.some((f) => f.ruleId === 'SW3001' && f.resourceType === 'AWS::IAM::User'), 'admin policy on a live user');
    assert.ok(!r.stdout.includes('fake/secret'), 'credentials never printed');
    const mutating = fake.requests.filter((q) => !/^(List|Get|Describe|GenerateCredentialReport)/.test(q.operation ?? ''));
    assert.deepEqual(mutating.map((q) => q.operation), [], 'only read-only operations reached AWS');
  });

  it('exits 2 with a clear message for an invalid region list', async () => {
    const r = await run(['scan-account', '--regions', 'not a region!', '--endpoint-url', fake.url]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /region/i);
  });
});
