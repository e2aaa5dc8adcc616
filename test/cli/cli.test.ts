/**
 * The CLI as users run it (bin/shieldwall.js, bundled): formats, exit codes and SARIF validity.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'shieldwall.js');

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shieldwall-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const INSECURE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Vol:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: eu-west-1a\n      Size: 10\n      Encrypted: false\n';
const SECURE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Vol:\n    Type: AWS::EC2::Volume\n    Properties:\n      AvailabilityZone: eu-west-1a\n      Size: 10\n      Encrypted: true\n';
const CONFIG = JSON.stringify({ rules: Object.fromEntries(['SW2001'].map((r) => [r, 'high'])) });

describe('shieldwall scan', () => {
  it('text output shows file:line:col, rule id, message and a code frame; exit 1 on findings', () => {
    const dir = workspace({ 'a.yaml': INSECURE });
    const r = run(['scan', '.', '--no-color'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^a\.yaml:8:18 {2}high {6}SW2001 {2}EBS volume Vol sets Encrypted to false$/m);
    assert.match(r.stdout, /> 8 \|\s+Encrypted: false\n\s+\|\s+\^{5}/);
    assert.match(r.stdout, /finding/);
  });

  it('exit 0 when nothing reaches --fail-on, 1 when it does', () => {
    const dir = workspace({ 'a.yaml': INSECURE, 'cfg.json': CONFIG });
    assert.equal(run(['scan', 'a.yaml', '--fail-on', 'critical', '--include', '**/*.yaml'], dir).code, 0);
    assert.equal(run(['scan', 'a.yaml', '--fail-on', 'high'], dir).code, 1);
    const only = workspace({ 'a.yaml': SECURE.replace('Encrypted: true\n', 'Encrypted: true\n') });
    const r = run(['scan', '.', '--format', 'json', '--fail-on', 'high'], only);
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ severity: string; suppressed: boolean }> }).findings;
    assert.equal(r.code, findings.some((f) => !f.suppressed && (f.severity === 'high' || f.severity === 'critical')) ? 1 : 0);
  });

  it('exit 2 for usage errors and missing paths', () => {
    const dir = workspace({});
    assert.equal(run(['scan', '--format', 'xml'], dir).code, 2);
    assert.equal(run(['scan', 'does-not-exist'], dir).code, 2);
    assert.equal(run(['nonsense'], dir).code, 2);
    assert.equal(run(['scan', '.', '--config', 'missing.json'], dir).code, 2);
  });

  it('--demo prints findings and exits 0', () => {
    const dir = workspace({ 'a.yaml': INSECURE });
    const r = run(['scan', '.', '--demo', '--no-color'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /SW2001/);
  });

  it('JSON output has the documented shape', () => {
    const dir = workspace({ 'a.yaml': INSECURE, 'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}', 'broken.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B: [\n' });
    const r = run(['scan', '.', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout) as { version: string; findings: Array<Record<string, unknown>>; errors: Array<Record<string, unknown>> };
    assert.equal(typeof out.version, 'string');
    const vol = out.findings.find((f) => f.ruleId === 'SW2001')!;
    assert.deepEqual(
      { ...vol, message: undefined },
      {
        ruleId: 'SW2001',
        ruleName: 'ebs-volume-unencrypted',
        category: 'encryption-at-rest',
        severity: 'high',
        message: undefined,
        file: 'a.yaml',
        documentKind: 'cloudformation',
        resource: 'Vol',
        resourceType: 'AWS::EC2::Volume',
        path: ['Resources', 'Vol', 'Properties', 'Encrypted'],
        range: { start: { line: 7, character: 17 }, end: { line: 7, character: 22 } },
        fixes: ['Set Encrypted: true (replaces the volume)'],
        suppressed: false,
      },
    );
    const admin = out.findings.find((f) => f.ruleId === 'SW3001')!;
    assert.equal(admin.file, 'policy.json');
    assert.equal(admin.documentKind, 'iam-policy');
    assert.equal(admin.resource, 'Statement[0]');
    assert.ok(out.errors.some((e) => e.file === 'broken.yaml' && e.code === 'yaml-syntax'));
  });

  it('SARIF output validates against the SARIF 2.1.0 schema and carries what code scanning needs', () => {
    const dir = workspace({ 'a.yaml': INSECURE, 'sub/b.json': JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket', Metadata: { shieldwall: { suppress: [{ id: 'SW1001', reason: 'static site' }] } } } } }) });
    const r = run(['scan', '.', '--format', 'sarif', '-o', 'out.sarif'], dir);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as {
      version: string;
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; properties: Record<string, unknown>; help: { markdown: string } }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>; suppressions?: unknown[] }> }>;
    };
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false, 'the validator rejects a run without a tool');
    assert.ok(validate(sarif), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0]!;
    const vol = run0.results.find((x) => x.ruleId === 'SW2001')!;
    assert.equal(run0.tool.driver.rules[vol.ruleIndex]!.id, 'SW2001');
    assert.equal(vol.level, 'error');
    assert.deepEqual(vol.locations[0]!.physicalLocation.artifactLocation.uri, 'a.yaml');
    assert.deepEqual(vol.locations[0]!.physicalLocation.region.startLine, 8);
    assert.deepEqual(vol.locations[0]!.physicalLocation.region.startColumn, 18);
    assert.ok(run0.tool.driver.rules.every((x) => typeof x.properties['security-severity'] === 'string' && x.help.markdown.length > 0));
    const suppressed = run0.results.find((x) => x.ruleId === 'SW1001' && x.locations[0]!.physicalLocation.artifactLocation.uri === 'sub/b.json');
    assert.ok(suppressed?.suppressions?.length === 1, 'suppressed finding carries an inSource suppression');
  });

  it('ignore globs skip files', () => {
    const dir = workspace({ 'a.yaml': INSECURE, 'vendor/b.yaml': INSECURE });
    const r = run(['scan', '.', '--format', 'json', '--exclude', 'vendor/**'], dir);
    const files = new Set((JSON.parse(r.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file));
    assert.deepEqual([...files], ['a.yaml']);
  });
});

describe('shieldwall rules', () => {
  it('lists every rule with its metadata as JSON', () => {
    const r = run(['rules', '--format', 'json'], ROOT);
    assert.equal(r.code, 0);
    const rules = JSON.parse(r.stdout) as Array<{ id: string; name: string; category: string; equivalents: object; references: string[] }>;
    const ids = rules.map((x) => x.id);
    for (const id of ['SW1001', 'SW1002', 'SW2001', 'SW2002', 'SW3001', 'SW3101', 'SW4001']) assert.ok(ids.includes(id), id);
    assert.ok(rules.every((x) => x.name && x.category && x.equivalents && Array.isArray(x.references)));
  });
});

describe('shieldwall fix', () => {
  it('--dry-run prints a unified diff and writes nothing; without it, writes the file', () => {
    const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\n';
    const dir = workspace({ 't.yaml': text });
    const dry = run(['fix', '.', '--dry-run'], dir);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^--- a\/t\.yaml\n\+\+\+ b\/t\.yaml\n/m);
    assert.match(dry.stdout, /^\+ {6}BucketEncryption:$/m);
    assert.equal(readFileSync(join(dir, 't.yaml'), 'utf8'), text);
    run(['fix', '.'], dir);
    const fixed = readFileSync(join(dir, 't.yaml'), 'utf8');
    assert.ok(fixed.startsWith(text), 'existing text is kept byte for byte');
    const after = run(['scan', '.', '--format', 'json'], dir);
    const ids = (JSON.parse(after.stdout) as { findings: Array<{ ruleId: string }> }).findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('SW1001') && !ids.includes('SW1002'), ids.join(','));
  });
});
