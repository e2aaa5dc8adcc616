/**
 * `node out/scripts/fix-corpus.js <corpus-dir> [--each] [--json] [--show N]`: runs "fix all" (the CLI's
 * passes of every safe fix) over every template and policy in a corpus, in memory, and checks the four
 * fix properties of test/fixes/fix-check.ts on each pass:
 *   1. each applied fix removes its finding;  2. no new finding;  3. the result parses and its model
 *   changes only under the fixes' targets;  4. the text outside the edits is unchanged.
 * `--each` also applies every fix (safe and unsafe) of every finding on its own and checks it.
 * Prints the counts and the first violations. A command-line script, never run by the tests; the
 * numbers go into docs/fixes.md. Files are never written.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { collectFiles } from '../server/src/documents/files';
import { detectFormat } from '../server/src/documents/format';
import { DocumentAnalyzer } from '../server/src/engine/engine';
import { builtInRules } from '../server/src/engine/registry';
import { DEFAULT_SETTINGS } from '../server/src/engine/settings';
import { type Tolerated, checkFix, checkFixAll } from '../test/fixes/fix-check';

interface Totals {
  files: number;
  analysed: number;
  skippedUnparsable: number;
  findings: number;
  safeFixable: number;
  filesChanged: number;
  fixesApplied: number;
  findingsFixed: number;
  /** Safe-fixable findings still reported after fix all (a fix that could not be rendered or applied). */
  safeLeft: number;
  maxPasses: number;
  eachChecked: number;
  eachUnrenderable: number;
  violations: Record<'1' | '2' | '3' | '4' | 'render', number>;
  followUps: Record<string, number>;
  moved: number;
  ms: number;
}

function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: node out/scripts/fix-corpus.js <corpus-dir> [--each] [--json] [--show N]\n');
    return 2;
  }
  const each = argv.includes('--each');
  const showAt = argv.indexOf('--show');
  const show = showAt >= 0 ? Number(argv[showAt + 1] ?? 20) : 20;
  const root = resolve(dir);
  const { files } = collectFiles([root], { include: [], exclude: [] });
  const rules = builtInRules();
  const t: Totals = { files: files.length, analysed: 0, skippedUnparsable: 0, findings: 0, safeFixable: 0, filesChanged: 0, fixesApplied: 0, findingsFixed: 0, safeLeft: 0, maxPasses: 0, eachChecked: 0, eachUnrenderable: 0, violations: { 1: 0, 2: 0, 3: 0, 4: 0, render: 0 }, followUps: {}, moved: 0, ms: 0 };
  const messages: string[] = [];
  const t0 = performance.now();
  const record = (failures: string[], tolerated: Tolerated[]) => {
    for (const f of failures) {
      const m = /: ([1-4])\. /.exec(f);
      const key = (m?.[1] ?? 'render') as keyof Totals['violations'];
      t.violations[key]++;
      if (messages.length < show) messages.push(f);
    }
    for (const x of tolerated) {
      if (x.kind === 'moved') t.moved++;
      else t.followUps[`${x.finding.ruleId} -> ${x.after.ruleId}`] = (t.followUps[`${x.finding.ruleId} -> ${x.after.ruleId}`] ?? 0) + 1;
    }
  };
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const format = detectFormat(file, undefined, text);
    if (!format) continue;
    const name = relative(root, file);
    const analyze = (s: string) => new DocumentAnalyzer(format, rules).analyze(s, file, DEFAULT_SETTINGS);
    const before = analyze(text);
    if (!before.kind) continue;
    if (before.problems.some((p) => p.severity === 'error')) {
      t.skippedUnparsable++;
      continue;
    }
    t.analysed++;
    t.findings += before.findings.length;
    t.safeFixable += before.findings.filter((f) => !f.suppressed && f.fixes.some((x) => x.safety === 'safe')).length;
    const all = checkFixAll(format, text, analyze, name);
    record(all.failures, all.tolerated);
    if (all.text !== text) t.filesChanged++;
    t.fixesApplied += all.applied;
    t.findingsFixed += all.fixed;
    t.maxPasses = Math.max(t.maxPasses, all.passes);
    const left = analyze(all.text).findings.filter((f) => !f.suppressed && f.fixes.some((x) => x.safety === 'safe'));
    t.safeLeft += left.length;
    for (const f of left) if (messages.length < show) messages.push(`${name}: safe fix not applied by fix all: ${f.ruleId} at ${JSON.stringify(f.path)}`);
    if (!each) continue;
    for (const f of before.findings) {
      for (const fix of f.fixes) {
        const out = checkFix(format, text, before, f, fix, analyze, `${name} ${f.ruleId} at ${JSON.stringify(f.path)}: "${fix.title}"`);
        t.eachChecked++;
        if (out.failures.some((x) => x.includes('cannot render'))) t.eachUnrenderable++;
        record(out.failures, out.tolerated);
      }
    }
  }
  t.ms = Math.round(performance.now() - t0);
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ corpus: dir, ...t, firstViolations: messages }, null, 2)}\n`);
  } else {
    const lines = [
      `corpus ${dir}: ${t.files} files, ${t.analysed} templates/policies analysed (${t.skippedUnparsable} skipped: syntax errors before any fix)`,
      `findings ${t.findings}; safe-fixable ${t.safeFixable}`,
      `fix all: ${t.fixesApplied} fixes applied in up to ${t.maxPasses} passes, ${t.findingsFixed} of the findings before fixed, ${t.safeLeft} safe-fixable findings left, ${t.filesChanged} files changed`,
      each ? `each fix alone: ${t.eachChecked} fixes checked (${t.eachUnrenderable} could not be rendered)` : 'each fix alone: not run (--each)',
      `violations: 1 (finding not removed) ${t.violations[1]}, 2 (new finding) ${t.violations[2]}, 3 (parse/model) ${t.violations[3]}, 4 (text outside edits) ${t.violations[4]}, render errors ${t.violations.render}`,
      `tolerated: ${t.moved} findings whose anchor moved on the same resource; follow-ups ${Object.entries(t.followUps)
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ') || 'none'}`,
      `${t.ms} ms`,
      ...messages.map((m) => `  ${m}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return Object.values(t.violations).some((n) => n > 0) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
