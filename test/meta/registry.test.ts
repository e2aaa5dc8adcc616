/** Registry invariants: ids, names, files, docs, tests, and generated docs that are fresh. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { RULE_FILES } from '../../rules/generated/registry';
import { ROOT, readmeWithTable, rulesPage } from '../../scripts/gen-docs';
import { builtInRules, ruleDoc } from '../../server/src/engine/registry';
import { CATEGORIES, SEVERITIES } from '../../server/src/engine/rule-types';

const rules = builtInRules().all;
const HEADINGS = ['What it does', 'Why it matters', 'Example', 'Use instead', 'Fix safety', 'References'] as const;

describe('rule registry', () => {
  it('ids are unique, stable-looking and never reused', () => {
    const ids = rules.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((x, i) => ids.indexOf(x) !== i).join(', ')}`);
    for (const id of ids) assert.match(id, /^SW\d{4}$/);
  });

  it('names are unique kebab-case and equal their file names; family equals the folder', () => {
    const names = rules.map((r) => r.meta.name);
    assert.equal(new Set(names).size, names.length);
    rules.forEach((r, i) => {
      const file = RULE_FILES[i]!;
      assert.match(r.meta.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.equal(basename(file, '.ts'), r.meta.name, file);
      assert.equal(basename(dirname(file)), r.meta.family, file);
    });
  });

  it('metadata is complete', () => {
    for (const r of rules) {
      const m = r.meta;
      assert.ok((CATEGORIES as readonly string[]).includes(m.category), `${m.id} category`);
      assert.ok((SEVERITIES as readonly string[]).includes(m.severity), `${m.id} severity`);
      assert.ok(m.description.length > 10 && !m.description.includes('\n'), `${m.id} one-line description`);
      assert.ok(m.appliesTo.length > 0, `${m.id} appliesTo`);
      assert.ok(Object.keys(m.messages).length > 0 && Object.values(m.messages).every((x) => x.length > 0), `${m.id} messages`);
      assert.ok(m.references.length > 0 && m.references.every((x) => /^https:\/\//.test(x)), `${m.id} references`);
      assert.ok(m.equivalents && typeof m.equivalents === 'object', `${m.id} equivalents`);
      assert.ok(r.resource || r.policy || r.template, `${m.id} has a check`);
    }
  });

  it('every rule is documented under the fixed headings', () => {
    for (const r of rules) {
      const doc = ruleDoc(r.meta);
      for (const h of HEADINGS) assert.ok((doc[h] ?? '').trim().length > 0, `${r.meta.id} ${r.meta.name}: '## ${h}' missing or empty`);
    }
  });

  it('every rule has a table test', () => {
    for (const r of rules) {
      const test = join(ROOT, 'test', 'rules', r.meta.family, `${r.meta.name}.test.ts`);
      assert.ok(existsSync(test), `missing ${test}`);
      assert.match(readFileSync(test, 'utf8'), /ruleTester\(/, `${test} uses the rule tester`);
    }
  });

  it('docs/rules.md and the README rule table are fresh (run `npm run docs`)', () => {
    assert.equal(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8'), rulesPage(), 'docs/rules.md is stale');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.equal(readme, readmeWithTable(readme), 'README rule table is stale');
  });
});
