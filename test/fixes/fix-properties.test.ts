/**
 * Property tests: every fix of every finding on every fixture (test/fixtures/fixes/*.yaml), with all
 * built-in rules, in four forms: the YAML as written, the same with CRLF line endings, and the long-form
 * JSON derived from it (LF and CRLF). Each fix must keep the four properties of fix-check.ts exactly:
 * it removes its finding, adds none, changes the model only under its targets (plus the parameter or
 * resource it adds) and leaves the text outside its edits byte for byte. "Fix all" (the CLI's passes)
 * must keep them too. Failures are listed all at once, each naming the fixture, form, rule, path and
 * fix title.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DocumentAnalyzer } from '../../server/src/engine/engine';
import { builtInRules } from '../../server/src/engine/registry';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { yamlToJson } from '../rules/rule-tester';
import { type Format, KNOWN_FOLLOW_UPS, type Tolerated, checkFix, checkFixAll } from './fix-check';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'fixes');

const analyzer = (format: Format, name: string) => (text: string) => new DocumentAnalyzer(format, builtInRules()).analyze(text, name, DEFAULT_SETTINGS);

/**
 * Fixes the issue asks for, by rule name and a fragment of the fix title: the fixtures must exercise
 * each of them (so a fixture edit cannot silently drop one).
 */
const REQUIRED: Array<[string, string]> = [
  ['s3-bucket-encryption-missing', 'SSE-S3'],
  ['s3-bucket-encryption-missing', 'SSE-KMS'],
  ['s3-bucket-public-access-not-blocked', ''],
  ['ebs-volume-unencrypted', ''],
  ['rds-storage-unencrypted', ''],
  ['efs-file-system-unencrypted', ''],
  ['redshift-cluster-unencrypted', ''],
  ['elasticache-replication-group-at-rest-unencrypted', ''],
  ['neptune-cluster-storage-unencrypted', ''],
  ['docdb-cluster-storage-unencrypted', ''],
  ['kms-key-rotation-disabled', ''],
  ['cloudtrail-log-file-validation-disabled', ''],
  ['cloudtrail-trail-not-multi-region', ''],
  ['cloudfront-viewer-protocol-allows-http', ''],
  ['elbv2-listener-plain-http', 'Redirect HTTP to HTTPS'],
  ['security-group-sensitive-port-open-to-world', 'AllowedIngressCidr'],
  ['s3-bucket-secure-transport-not-enforced', 'Add a bucket policy'],
  ['s3-bucket-secure-transport-not-enforced', 'statement to'],
  ['iam-sensitive-actions-without-mfa', 'Require MFA'],
  ['iam-mfa-condition-pitfall', 'BoolIfExists'],
  ['rds-master-password-plaintext', 'NoEcho'],
  ['rds-master-password-plaintext', 'Secrets Manager dynamic reference'],
];

describe('fix properties', () => {
  const files = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const exercised = new Set<string>();
  const tolerated: Tolerated[] = [];
  for (const file of files) {
    const yaml = readFileSync(join(FIXTURES, file), 'utf8');
    const json = yamlToJson(yaml);
    const forms: Array<[string, Format, string]> = [
      ['yaml', 'yaml', yaml],
      ['yaml crlf', 'yaml', yaml.replace(/\r?\n/g, '\r\n')],
      ['json', 'json', json],
      ['json crlf', 'json', json.replace(/\n/g, '\r\n')],
    ];
    for (const [label, format, text] of forms) {
      const analyze = analyzer(format, `${file}.${format}`);
      it(`${file} (${label}): every fix keeps the four properties`, () => {
        const before = analyze(text);
        assert.deepEqual(
          before.problems.filter((p) => p.severity === 'error').map((p) => p.message),
          [],
          'fixture parses',
        );
        const fixable = before.findings.filter((f) => f.fixes.length > 0);
        assert.ok(fixable.length >= 3, `${file} has at least 3 fixable findings (${fixable.length})`);
        const failures: string[] = [];
        for (const f of fixable) {
          for (const fix of f.fixes) {
            const where = `${file} (${label}) ${f.ruleId} ${f.ruleName} at ${JSON.stringify(f.path)}: "${fix.title}"`;
            const outcome = checkFix(format, text, before, f, fix, analyze, where);
            failures.push(...outcome.failures);
            tolerated.push(...outcome.tolerated);
            exercised.add(`${f.ruleName}\u0000${fix.title}`);
          }
        }
        assert.deepEqual(failures, []);
      });
      it(`${file} (${label}): fix all keeps the four properties and fixes every safe-fixable finding`, () => {
        const before = analyze(text);
        const safe = before.findings.filter((f) => !f.suppressed && f.fixes.some((x) => x.safety === 'safe'));
        const out = checkFixAll(format, text, analyze, `${file} (${label})`);
        assert.deepEqual(out.failures, []);
        tolerated.push(...out.tolerated);
        const left = analyze(out.text).findings.filter((f) => !f.suppressed && f.fixes.some((x) => x.safety === 'safe'));
        assert.deepEqual(
          left.map((f) => `${f.ruleId} ${JSON.stringify(f.path)}`),
          [],
          'no safe-fixable finding left',
        );
        assert.ok(out.fixed >= safe.length, `fixed ${out.fixed} of ${safe.length} safe-fixable findings`);
      });
    }
  }
  it('every tolerated follow-up finding is still seen (the list in fix-check.ts is not stale)', () => {
    const unused = KNOWN_FOLLOW_UPS.filter((k) => !tolerated.some((t) => t.kind === 'follow-up' && t.finding.ruleId === k.fixed && t.after.ruleId === k.revealed));
    assert.deepEqual(unused, []);
  });
  it('the fixtures exercise every fix the issue lists', () => {
    const missing = REQUIRED.filter(([rule, title]) => ![...exercised].some((x) => x.startsWith(`${rule}\u0000`) && x.includes(title)));
    assert.deepEqual(missing, []);
  });
});
