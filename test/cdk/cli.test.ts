/**
 * `shieldwall scan <cdk.out>` (the bundled CLI, dist/cli.js through bin/shieldwall.js): each CDK finding
 * carries its construct path and the source line of the construct call. Needs `node scripts/bundle.mjs`.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CDK_OUT, REPO_ROOT } from './fixture-paths';

interface JsonFinding {
  ruleId: string;
  file: string;
  constructPath?: string;
  source?: { file: string; line: number; character: number };
}

function scan(format: 'json' | 'text'): string {
  try {
    return execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'shieldwall.js'), 'scan', path.relative(REPO_ROOT, CDK_OUT), '-f', format, '--no-code-frame', '--no-color'], { cwd: REPO_ROOT, encoding: 'utf8' });
  } catch (e) {
    // Exit code 1 means "findings at or above --fail-on": expected here.
    const err = e as { status?: number; stdout?: string };
    if (err.status === 1 && err.stdout) return err.stdout;
    throw e;
  }
}

describe('shieldwall scan on a cdk.out', () => {
  const findings = (JSON.parse(scan('json')) as { findings: JsonFinding[] }).findings;

  it('gives each finding its construct path and its source line (JSON, 0-based)', () => {
    const enc = findings.find((f) => f.ruleId === 'SW1001' && f.constructPath === 'DemoStack/Uploads/Resource');
    assert.deepEqual(enc?.source, { file: 'test/fixtures/cdk-app/src/demo-stack.ts', line: 17, character: 20 });
    const nested = findings.find((f) => f.ruleId === 'SW1001' && f.constructPath === 'DemoStack/Storage/Archive/Resource');
    assert.equal(nested?.file, 'test/fixtures/cdk-app/cdk.out/DemoStackStorageFABBAF88.nested.template.json');
    assert.deepEqual(nested?.source, { file: 'test/fixtures/cdk-app/src/storage-stack.ts', line: 11, character: 4 });
    const stage = findings.filter((f) => f.file.includes('assembly-Prod/'));
    assert.ok(stage.every((f) => f.constructPath?.startsWith('Prod/SecureStack/') && f.source?.file === 'test/fixtures/cdk-app/src/secure-stack.ts'), JSON.stringify(stage));
    assert.ok(findings.every((f) => f.constructPath && f.source), 'every finding of the fixture has a construct path and a source line');
  });

  it('prints the source line under the finding (text, 1-based)', () => {
    const text = scan('text');
    assert.match(text, /DemoStack\.template\.json:4:3 +[a-z]+ +SW1001 .*\[DemoStack\/Uploads\/Resource\]\n {4}CDK source: test\/fixtures\/cdk-app\/src\/demo-stack\.ts:18:21\n/);
  });
});
