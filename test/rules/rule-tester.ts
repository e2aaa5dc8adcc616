/**
 * RuleTester: literal tables of valid and invalid cases, each run in YAML and in JSON.
 *
 * A case is written once, in YAML (short-form tags allowed). The tester derives the JSON form (long
 * form intrinsics) and runs both. Invalid cases name the exact path of every finding (the same in both
 * formats) and its 1-based line/column in the YAML form; in JSON the range is checked against the node
 * at that path, located independently with jsonc-parser. A case with `output` applies the finding's
 * first fix (or the one named by `fix`) and compares the YAML text byte for byte; the JSON form is
 * fixed too and must parse to the same model as the YAML output, without the finding.
 *
 * Policy cases (`policy:`) run the policy as a standalone JSON file and embedded in a template (an
 * AWS::IAM::ManagedPolicy attached to a user) in YAML and JSON.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { stringify } from 'yaml';
import { parseYaml } from '../../server/src/documents/parse-yaml';
import { applyEdits, renderEdits } from '../../server/src/documents/render-fix';
import { type Analysis, DocumentAnalyzer, RuleSet } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import type { RuleDefinition } from '../../server/src/engine/rule-types';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/engine/settings';
import type { DocumentKind } from '../../server/src/model/template';
import { toPlain } from '../../server/src/model/nodes';

export interface ExpectedError {
  messageId: string;
  /** Absolute path of the node the finding points at (for policy cases: relative to the policy document). */
  path: Array<string | number>;
  /** 1-based line and column of the finding's start in the YAML form (template cases). */
  line?: number;
  column?: number;
  /** Substring the message must contain. */
  message?: string;
}

export interface ValidCase {
  name: string;
  /** A YAML template (template cases). */
  yaml?: string;
  /** A policy document as YAML or JSON text (policy cases). */
  policy?: string;
  /** Settings overrides for this case. */
  settings?: Partial<Settings>;
  /** Analyse as this document kind (e.g. 'account' for account-fact rules) instead of classifying. */
  kind?: DocumentKind;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** Expected YAML text after applying the fix of the first error. */
  output?: string;
  /** Title (substring) of the fix to apply; default: the first fix. */
  fix?: string;
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const dedent = (s: string): string => {
  const lines = s.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

/** YAML (short tags) → JSON text in long form. */
export function yamlToJson(yamlText: string): string {
  const { root, problems } = parseYaml(yamlText, { base: 0 });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`test case YAML does not parse: ${errors.map((e) => e.message).join('; ')}`);
  return JSON.stringify(root ? toPlain(root) : null, null, 2);
}

function analyze(rule: RuleDefinition, text: string, format: 'yaml' | 'json', fileName: string, settings?: Partial<Settings>, kind?: DocumentKind): Analysis {
  const a = new DocumentAnalyzer(format, new RuleSet([rule]));
  return a.analyze(text, fileName, { ...DEFAULT_SETTINGS, ...settings }, kind);
}

const ownFindings = (rule: RuleDefinition, a: Analysis): Finding[] => a.findings.filter((f) => f.ruleId === rule.meta.id && !f.suppressed);

interface Form {
  label: string;
  format: 'yaml' | 'json';
  fileName: string;
  text: string;
  /** Prefix added to expected paths (embedded policies). */
  prefix: Array<string | number>;
  yamlLines: boolean;
}

function formsOf(c: ValidCase): Form[] {
  if (c.yaml !== undefined) {
    const y = dedent(c.yaml);
    return [
      { label: 'yaml', format: 'yaml', fileName: 'template.yaml', text: y, prefix: [], yamlLines: true },
      { label: 'json', format: 'json', fileName: 'template.json', text: yamlToJson(y), prefix: [], yamlLines: false },
    ];
  }
  if (c.policy !== undefined) {
    const p = dedent(c.policy);
    const json = p.trimStart().startsWith('{') ? p : yamlToJson(p);
    const doc = JSON.parse(json) as unknown;
    const template = {
      Resources: {
        Person: { Type: 'AWS::IAM::User', Properties: { UserName: 'person' } },
        Policy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { Users: [{ Ref: 'Person' }], PolicyDocument: doc } },
      },
    };
    const prefix = ['Resources', 'Policy', 'Properties', 'PolicyDocument'];
    return [
      { label: 'standalone policy', format: 'json', fileName: 'policy.json', text: json, prefix: [], yamlLines: false },
      { label: 'embedded yaml', format: 'yaml', fileName: 'template.yaml', text: stringify(template), prefix, yamlLines: false },
      { label: 'embedded json', format: 'json', fileName: 'template.json', text: JSON.stringify(template, null, 2), prefix, yamlLines: false },
    ];
  }
  throw new Error(`case "${c.name}" has neither yaml nor policy`);
}

/** Registers node:test cases for a rule's table. */
export function ruleTester(rule: RuleDefinition, table: RuleTable): void {
  describe(`${rule.meta.id} ${rule.meta.name}`, () => {
    it('table is well formed', () => {
      assert.ok(table.valid.length >= 1, 'at least one valid case');
      assert.ok(table.invalid.length >= 1, 'at least one invalid case');
      const texts = [...table.valid, ...table.invalid].map((c) => c.yaml ?? c.policy);
      assert.equal(new Set(texts).size, texts.length, 'no duplicate cases');
      const names = [...table.valid, ...table.invalid].map((c) => c.name);
      assert.equal(new Set(names).size, names.length, 'case names are unique');
      for (const c of table.invalid) {
        assert.ok(c.errors.length > 0, `${c.name}: lists its errors`);
        for (const e of c.errors) assert.ok(rule.meta.messages[e.messageId], `${c.name}: message '${e.messageId}' exists`);
      }
      if (rule.meta.fix !== 'none') assert.ok(table.invalid.some((c) => c.output !== undefined), 'a fixing rule declares at least one output');
    });
    for (const c of table.valid) {
      for (const form of formsOf(c)) {
        it(`valid (${form.label}): ${c.name}`, () => {
          const a = analyze(rule, form.text, form.format, form.fileName, c.settings, c.kind);
          assert.ok(a.kind, 'document is recognised');
          const errs = a.problems.filter((p) => p.severity === 'error');
          assert.deepEqual(errs, [], 'parses without errors');
          assert.deepEqual(ownFindings(rule, a).map((f) => f.message), []);
        });
      }
    }
    for (const c of table.invalid) {
      for (const form of formsOf(c)) {
        it(`invalid (${form.label}): ${c.name}`, () => {
          const a = analyze(rule, form.text, form.format, form.fileName, c.settings, c.kind);
          assert.ok(a.kind, 'document is recognised');
          const found = ownFindings(rule, a).sort((x, y) => x.node.offset - y.node.offset);
          const got = found.map((f) => ({ path: f.path, message: f.message }));
          assert.equal(found.length, c.errors.length, `expected ${c.errors.length} findings, got ${JSON.stringify(got, null, 1)}`);
          const expected = [...c.errors].map((e) => ({ ...e, path: [...form.prefix, ...e.path] }));
          // Match findings to expectations by path (order-independent when paths differ).
          for (const e of expected) {
            const i = found.findIndex((f) => JSON.stringify(f.path) === JSON.stringify(e.path) && (e.message === undefined || f.message.includes(e.message)) && messageMatches(rule, f, e.messageId));
            assert.ok(i >= 0, `no finding at ${JSON.stringify(e.path)} with message '${e.messageId}'; got ${JSON.stringify(got, null, 1)}`);
            const f = found.splice(i, 1)[0]!;
            if (form.yamlLines && e.line !== undefined) {
              const pos = lineCol(form.text, f.node.offset);
              assert.deepEqual(pos, { line: e.line, column: e.column ?? pos.column }, `position of ${JSON.stringify(e.path)}`);
            }
            if (form.format === 'json') checkJsonRange(form.text, f);
          }
          if (c.output !== undefined && form.yamlLines) checkFix(rule, c, form, a);
          if (c.output !== undefined && form.format === 'json' && form.prefix.length === 0) checkJsonFix(rule, c, form, a);
        });
      }
    }
  });
}

function messageMatches(rule: RuleDefinition, f: Finding, messageId: string): boolean {
  const template = rule.meta.messages[messageId] ?? '';
  // The first literal run of the template must appear in the message.
  const literal = template.split(/\{\{[^}]*\}\}/).find((s) => s.trim().length > 3) ?? template;
  return f.message.includes(literal.trim());
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The finding's range in JSON must be exactly the key or the value at its path. */
function checkJsonRange(text: string, f: Finding): void {
  const tree = parseTree(text);
  assert.ok(tree, 'json parses');
  const node = findNodeAtLocation(tree!, f.path);
  assert.ok(node, `json has a node at ${JSON.stringify(f.path)}`);
  const key = node!.parent?.type === 'property' ? node!.parent.children?.[0] : undefined;
  const asValue = f.node.offset === node!.offset && f.node.length === node!.length;
  const asKey = key !== undefined && f.node.offset === key.offset && f.node.length === key.length;
  assert.ok(asValue || asKey, `json range [${f.node.offset}, ${f.node.end}) is the key or value at ${JSON.stringify(f.path)}`);
}

function pickFix(c: InvalidCase, f: Finding) {
  const fix = c.fix ? f.fixes.find((x) => x.title.includes(c.fix!)) : f.fixes[0];
  assert.ok(fix, `finding at ${JSON.stringify(f.path)} offers a fix${c.fix ? ` titled '${c.fix}'` : ''}`);
  return fix!;
}

function firstExpected(rule: RuleDefinition, c: InvalidCase, a: Analysis, prefix: Array<string | number>): Finding {
  const e = c.errors[0]!;
  const path = JSON.stringify([...prefix, ...e.path]);
  const f = ownFindings(rule, a).find((x) => JSON.stringify(x.path) === path);
  assert.ok(f, 'first expected finding exists');
  return f!;
}

function checkFix(rule: RuleDefinition, c: InvalidCase, form: Form, a: Analysis): void {
  const f = firstExpected(rule, c, a, form.prefix);
  const fix = pickFix(c, f);
  const edits = renderEdits(fix.edits, { text: form.text, format: 'yaml', root: a.template?.root ?? a.policy?.node });
  const fixed = applyEdits(form.text, edits);
  assert.equal(fixed, dedent(c.output!), 'fixed YAML');
  const after = analyze(rule, fixed, 'yaml', form.fileName, c.settings, c.kind);
  assert.deepEqual(after.problems.filter((p) => p.severity === 'error'), [], 'fixed YAML parses');
  assert.ok(!ownFindings(rule, after).some((x) => JSON.stringify(x.path) === JSON.stringify(f.path) && x.message === f.message), 'the fix removes its finding');
}

function checkJsonFix(rule: RuleDefinition, c: InvalidCase, form: Form, a: Analysis): void {
  const f = firstExpected(rule, c, a, form.prefix);
  const fix = pickFix(c, f);
  const edits = renderEdits(fix.edits, { text: form.text, format: 'json', root: a.template?.root ?? a.policy?.node });
  const fixed = applyEdits(form.text, edits);
  const expectedModel = JSON.parse(yamlToJson(dedent(c.output!))) as unknown;
  assert.deepEqual(JSON.parse(fixed), expectedModel, 'fixed JSON has the same model as the fixed YAML');
  const after = analyze(rule, fixed, 'json', form.fileName, c.settings, c.kind);
  assert.ok(!ownFindings(rule, after).some((x) => JSON.stringify(x.path) === JSON.stringify(f.path) && x.message === f.message), 'the fix removes its finding (json)');
}
