/**
 * `npm run peer-eval -- <dir> [--json] [--all]`: scores Shieldwall against a peer tool's labelled test
 * suite. For a cfn_nag manifest (../shared/corpus/cfn_nag), every rule whose `equivalents.cfnNag`
 * names a cfn_nag id is scored on the resources cfn_nag's own specs label failing or passing:
 * per-check recall and precision, overall figures, and every disagreement. IAM corpora
 * (../shared/corpus/iam/*) are handed to the IAM evaluator (scripts/peer-eval-iam.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnalysisCache } from '../server/src/engine/analysis-cache';
import { builtInRules } from '../server/src/engine/registry';
import { DEFAULT_SETTINGS } from '../server/src/engine/settings';

interface Pair {
  template: string;
  resource: string;
}
interface Entry {
  check_id: string;
  check_name: string;
  rule_type: string;
  failing_by_template: Pair[];
  passing_by_template: Pair[];
  context_dependent: Array<Pair | { template: string; resource: string }>;
}

interface Score {
  check: string;
  name: string;
  rules: string[];
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface Disagreement {
  check: string;
  template: string;
  resource: string;
  expected: 'fail' | 'pass';
  ours: string[];
}

function logicalId(label: string): string {
  return label.slice(label.lastIndexOf('.') + 1);
}

/** Scores every mapped cfn_nag check. */
export function evaluateCfnNag(dir: string): { scores: Score[]; disagreements: Disagreement[]; unmapped: string[]; errors: string[] } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  const rules = builtInRules();
  const byCheck = new Map<string, string[]>();
  for (const r of rules.all) for (const id of r.meta.equivalents.cfnNag ?? []) byCheck.set(id, [...(byCheck.get(id) ?? []), r.meta.id]);
  const cache = new AnalysisCache(rules);
  const analysed = new Map<string, Map<string, Set<string>>>(); // template → logical id → rule ids
  const errors: string[] = [];
  const findingsIn = (template: string): Map<string, Set<string>> => {
    let m = analysed.get(template);
    if (m) return m;
    m = new Map();
    analysed.set(template, m);
    const file = join(dir, template);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      errors.push(`${template}: ${(e as Error).message}`);
      return m;
    }
    const a = cache.analyze(file, file, text, DEFAULT_SETTINGS);
    cache.drop(file);
    if (!a?.kind) errors.push(`${template}: not recognised as a template`);
    for (const p of a?.problems ?? []) if (p.severity === 'error') errors.push(`${template}: ${p.code} ${p.message}`);
    for (const f of a?.findings ?? []) {
      if (!f.resource || f.suppressed) continue;
      const set = m.get(f.resource) ?? new Set<string>();
      set.add(f.ruleId);
      m.set(f.resource, set);
    }
    return m;
  };
  const scores: Score[] = [];
  const disagreements: Disagreement[] = [];
  const unmapped: string[] = [];
  for (const e of manifest) {
    const ours = byCheck.get(e.check_id);
    if (!ours) {
      unmapped.push(e.check_id);
      continue;
    }
    const ambiguous = new Set(e.context_dependent.map((c) => `${c.template}|${c.resource}`));
    const s: Score = { check: e.check_id, name: e.check_name, rules: ours, tp: 0, fn: 0, fp: 0, tn: 0 };
    const judge = (p: Pair, expected: 'fail' | 'pass') => {
      if (ambiguous.has(`${p.template}|${p.resource}`)) return;
      const found = [...(findingsIn(p.template).get(logicalId(p.resource)) ?? [])].filter((id) => ours.includes(id));
      const flagged = found.length > 0;
      if (expected === 'fail' && flagged) s.tp++;
      else if (expected === 'fail') s.fn++;
      else if (flagged) s.fp++;
      else s.tn++;
      if (flagged !== (expected === 'fail')) disagreements.push({ check: e.check_id, template: p.template, resource: p.resource, expected, ours: found });
    };
    for (const p of e.failing_by_template) judge(p, 'fail');
    for (const p of e.passing_by_template) judge(p, 'pass');
    scores.push(s);
  }
  return { scores, disagreements, unmapped, errors };
}

const pct = (a: number, b: number) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: npm run peer-eval -- <corpus dir> [--json]\n');
    process.exitCode = 2;
    return;
  }
  const abs = resolve(dir);
  const manifestPath = join(abs, 'manifest.json');
  const isCfnNag = existsSync(manifestPath) && Array.isArray(JSON.parse(readFileSync(manifestPath, 'utf8'))) && existsSync(join(abs, 'templates'));
  if (!isCfnNag) {
    // IAM corpora: Parliament, Cloudsplaining, the CloudFormation IAM policy validator.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- runs that script's main for this directory
    require('./peer-eval-iam');
    return;
  }
  const { scores, disagreements, unmapped, errors } = evaluateCfnNag(abs);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ scores, disagreements, unmapped, errors }, null, 2)}\n`);
    return;
  }
  const tot = scores.reduce((a, s) => ({ tp: a.tp + s.tp, fn: a.fn + s.fn, fp: a.fp + s.fp }), { tp: 0, fn: 0, fp: 0 });
  const out: string[] = ['# Shieldwall vs cfn_nag spec labels', '', '| cfn_nag | our rules | TP | FN | FP | recall | precision | check |', '|---|---|---:|---:|---:|---:|---:|---|'];
  for (const s of scores.sort((a, b) => a.check.localeCompare(b.check, undefined, { numeric: true }))) out.push(`| ${s.check} | ${s.rules.join(', ')} | ${s.tp} | ${s.fn} | ${s.fp} | ${pct(s.tp, s.tp + s.fn)} | ${pct(s.tp, s.tp + s.fp)} | ${s.name} |`);
  out.push('', `Matched checks: ${scores.length} of ${scores.length + unmapped.length}. Overall: recall ${pct(tot.tp, tot.tp + tot.fn)} (${tot.tp}/${tot.tp + tot.fn}), precision ${pct(tot.tp, tot.tp + tot.fp)} (${tot.tp}/${tot.tp + tot.fp}).`);
  out.push('', `## Disagreements (${disagreements.length})`, '');
  for (const d of disagreements) out.push(`- ${d.check} ${d.expected === 'fail' ? 'missed' : 'extra'}: ${d.template} ${d.resource}${d.ours.length ? ` (ours: ${d.ours.join(', ')})` : ''}`);
  if (errors.length) out.push('', `## Templates with errors (${errors.length})`, '', ...errors.map((e) => `- ${e}`));
  out.push('', `Unmapped cfn_nag checks (${unmapped.length}): ${unmapped.join(', ')}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (require.main === module) main();
