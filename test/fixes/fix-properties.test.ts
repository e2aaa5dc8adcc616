/**
 * Property tests for every fix on every fixture, in YAML (as written and with CRLF line endings) and in
 * JSON. Applying a fix must:
 *   1. remove its own finding;
 *   2. introduce no new finding — except the next, lower step of the same concern on the same resource
 *      (encrypting a volume may reveal "use a customer-managed key", same category, lower severity);
 *   3. leave a document that parses, whose model differs from the original only under the paths the
 *      fix's edits target (plus the added parameter or resource it declares);
 *   4. leave the text outside the edited region unchanged, byte for byte.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, renderEdits } from '../../server/src/documents/render-fix';
import { type Analysis, DocumentAnalyzer } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import type { Edit } from '../../server/src/engine/fix-types';
import { builtInRules } from '../../server/src/engine/registry';
import { DEFAULT_SETTINGS } from '../../server/src/engine/settings';
import { toPlain } from '../../server/src/model/nodes';
import { yamlToJson } from '../rules/rule-tester';

const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'fixes');

function analyze(format: 'yaml' | 'json', text: string): Analysis {
  return new DocumentAnalyzer(format, builtInRules()).analyze(text, `t.${format}`, DEFAULT_SETTINGS);
}

const key = (f: Finding) => `${f.ruleId} ${JSON.stringify(f.path)}`;

/** Paths (as JSON prefixes) an edit may change. */
function allowed(e: Edit): Array<Array<string | number>> {
  switch (e.op) {
    case 'set':
      return [[...e.target.path, e.key]];
    case 'replace': {
      // Replacing a key (a rename, e.g. Bool → BoolIfExists) changes the mapping that holds it.
      const parent = e.target.parent;
      const isKey = parent !== undefined && parent.kind === 'map' && typeof e.target.key === 'string' && parent.entry(e.target.key)?.keyNode === e.target;
      return [isKey ? parent.path : e.target.path];
    }
    case 'append':
    case 'delete':
      return [e.target.path];
    case 'add-top-level':
      return [[e.section, e.key], [e.section]];
  }
}

/** Paths where two plain values differ (deepest differing container or leaf). */
function diffPaths(a: unknown, b: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) diffPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, Array.isArray(a) ? Number(k) : k], out);
    return out;
  }
  out.push(path);
  return out;
}

const startsWith = (p: Array<string | number>, prefix: Array<string | number>) => prefix.every((x, i) => String(p[i]) === String(x));

describe('fix properties', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));
  let checked = 0;
  for (const file of files) {
    const yaml = readFileSync(join(FIXTURES, file), 'utf8');
    const forms: Array<[string, 'yaml' | 'json', string]> = [
      ['yaml', 'yaml', yaml],
      ['yaml crlf', 'yaml', yaml.replace(/\n/g, '\r\n')],
      ['json', 'json', yamlToJson(yaml)],
    ];
    for (const [label, format, text] of forms) {
      it(`${file} (${label}): every fix keeps the four properties`, () => {
        const before = analyze(format, text);
        assert.deepEqual(before.problems.filter((p) => p.severity === 'error'), [], 'fixture parses');
        const beforeKeys = new Set(before.findings.map(key));
        const fixable = before.findings.filter((f) => f.fixes.length > 0);
        assert.ok(fixable.length >= 5, `fixture has fixable findings (${fixable.length})`);
        for (const f of fixable) {
          for (const fix of f.fixes) {
            const where = `${f.ruleId} at ${JSON.stringify(f.path)} — "${fix.title}"`;
            const edits = renderEdits(fix.edits, { text, format, root: before.template?.root });
            const fixed = applyEdits(text, edits);
            // 4. outside the edited region, byte for byte
            const lo = Math.min(...edits.map((e) => e.offset));
            const hi = Math.max(...edits.map((e) => e.offset + e.length));
            assert.equal(fixed.slice(0, lo), text.slice(0, lo), `${where}: text before the edit`);
            assert.equal(fixed.slice(fixed.length - (text.length - hi)), text.slice(hi), `${where}: text after the edit`);
            if (format === 'yaml' && text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(fixed), `${where}: keeps CRLF line endings`);
            const after = analyze(format, fixed);
            // 3. parses, and the model changes only under the edited paths
            assert.deepEqual(after.problems.filter((p) => p.severity === 'error').map((p) => p.message), [], `${where}: fixed document parses`);
            const prefixes = fix.edits.flatMap(allowed);
            for (const p of diffPaths(toPlain(before.template!.root), toPlain(after.template!.root))) {
              assert.ok(prefixes.some((x) => startsWith(p, x)), `${where}: model changed outside the fix at ${JSON.stringify(p)}`);
            }
            // 1. its own finding is gone
            assert.ok(!after.findings.some((x) => x.ruleId === f.ruleId && JSON.stringify(x.path) === JSON.stringify(f.path) && x.message === f.message), `${where}: finding removed`);
            // 2. nothing new
            const rank = ['info', 'low', 'medium', 'high', 'critical'];
            const nextStep = (x: Finding) => x.category === f.category && rank.indexOf(x.severity) < rank.indexOf(f.severity) && x.resource === f.resource;
            const added = after.findings.filter((x) => !beforeKeys.has(key(x)) && !nextStep(x)).map(key);
            assert.deepEqual(added, [], `${where}: no new finding`);
            checked++;
          }
        }
      });
    }
  }
  it('checked fixes', () => assert.ok(checked > 0 || files.length === 0));
});
