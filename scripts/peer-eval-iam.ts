/**
 * Peer evaluation of the IAM rules: runs Shieldwall's IAM rules over the labelled policies and templates
 * of Parliament, Cloudsplaining and the CloudFormation IAM policy validator (the `iam/` folder of the
 * shared corpus, see its README) and prints, per peer finding type that has a Shieldwall equivalent,
 * how often the two agree, as a Markdown report. Every disagreement is listed with the file.
 *
 * Usage (compiled by test/tsconfig.json):
 *   node out/scripts/peer-eval-iam.js <corpus>/iam            (or the corpus root holding iam/)
 *   node out/scripts/peer-eval-iam.js <dir> --json            (machine-readable result)
 * A command-line tool only: tests never read the shared corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentAnalyzer, RuleSet } from '../server/src/engine/engine';
import type { Finding } from '../server/src/engine/finding';
import { DEFAULT_SETTINGS } from '../server/src/engine/settings';
import type { Template } from '../server/src/model/template';
import { RULES } from '../rules/generated/registry';

/** The IAM rules this evaluation measures (SW3000–SW3999). */
const IAM_RULES = RULES.filter((r) => /^SW3\d{3}$/.test(r.meta.id));
const ruleSet = new RuleSet(IAM_RULES);

interface Outcome {
  findings: Finding[];
  template: Template | undefined;
  parsed: boolean;
}

function analyse(file: string, forcePolicy: boolean): Outcome {
  const text = fs.readFileSync(file, 'utf8');
  const format = /\.ya?ml$/i.test(file) ? 'yaml' : 'json';
  const a = new DocumentAnalyzer(format, ruleSet).analyze(text, path.basename(file).replace(/\.txt$/, '.json'), DEFAULT_SETTINGS, forcePolicy ? 'iam-policy' : undefined);
  const parsed = !a.problems.some((p) => p.severity === 'error');
  return { findings: a.findings.filter((f) => !f.suppressed), template: a.template, parsed };
}

/** A Shieldwall equivalent of a peer finding type: which of our findings count as "reported". */
interface Equivalent {
  label: string;
  matches: (f: Finding) => boolean;
}

const rule = (...ids: string[]) => (f: Finding) => ids.includes(f.ruleId);
const ruleMsg = (id: string, text: string) => (f: Finding) => f.ruleId === id && f.message.includes(text);
const any = (...ms: Array<(f: Finding) => boolean>) => (f: Finding) => ms.some((m) => m(f));

/** Parliament finding ids (core and community auditors) with an equivalent. */
const PARLIAMENT: Record<string, Equivalent & { community: boolean }> = {
  RESOURCE_STAR: { label: 'SW3005 iam-write-on-any-resource', matches: rule('SW3005'), community: false },
  UNKNOWN_ACTION: { label: 'SW3002 iam-unknown-action', matches: rule('SW3002'), community: false },
  BAD_PATTERN_FOR_MFA: { label: 'SW3102 iam-mfa-condition-pitfall', matches: rule('SW3102'), community: false },
  PERMISSIONS_MANAGEMENT_ACTIONS: { label: 'SW3005 (permissions management) / SW3003 / SW3006', matches: any(ruleMsg('SW3005', 'permissions-management'), rule('SW3003', 'SW3006')), community: true },
  PRIVILEGE_ESCALATION: { label: 'SW3006 / SW3007 / SW3008', matches: rule('SW3006', 'SW3007', 'SW3008'), community: true },
  NOTRESOURCE_WITH_ALLOW: { label: 'SW3004 (NotResource)', matches: ruleMsg('SW3004', 'NotResource'), community: true },
  NOTPRINCIPAL_WITH_ALLOW: { label: 'SW3004 (NotPrincipal)', matches: ruleMsg('SW3004', 'NotPrincipal'), community: true },
};

/** Cloudsplaining PolicyDocument properties with an equivalent; a non-empty list means "reported". */
const CLOUDSPLAINING: Record<string, Equivalent> = {
  allows_privilege_escalation: { label: 'SW3006 / SW3007 / SW3008', matches: rule('SW3006', 'SW3007', 'SW3008') },
  permissions_management_without_constraints: { label: 'SW3005 (permissions management) / SW3006', matches: any(ruleMsg('SW3005', 'permissions-management'), rule('SW3006')) },
  write_actions_without_constraints: { label: 'SW3005 iam-write-on-any-resource', matches: rule('SW3005') },
  contains_statement_using_not_action: { label: 'SW3004 (NotAction)', matches: ruleMsg('SW3004', 'NotAction') },
  service_wildcard: { label: 'SW3003 iam-service-wildcard-on-sensitive-service', matches: rule('SW3003') },
};

/** IAM policy validator issue codes with an equivalent (trust policies only for public access: resource policies belong to the SW54xx rules). */
const VALIDATOR: Record<string, Equivalent & { policyName?: RegExp }> = {
  PASS_ROLE_WITH_STAR_IN_RESOURCE: { label: 'SW3006 iam-passrole-any-resource', matches: rule('SW3006') },
  'policy-analysis-CheckNoPublicAccess': { label: 'SW3020 iam-trust-policy-any-principal', matches: rule('SW3020'), policyName: /^TrustPolicy$/ },
};

interface Tally {
  label: string;
  both: number;
  neither: number;
  peerOnly: string[];
  oursOnly: string[];
}

function tally(map: Map<string, Tally>, key: string, label: string, peer: boolean, ours: boolean, where: string): void {
  let t = map.get(key);
  if (!t) map.set(key, (t = { label, both: 0, neither: 0, peerOnly: [], oursOnly: [] }));
  if (peer && ours) t.both++;
  else if (!peer && !ours) t.neither++;
  else if (peer) t.peerOnly.push(where);
  else t.oursOnly.push(where);
}

interface ParliamentEntry {
  policy_path: string;
  valid_json: boolean;
  analyze_kwargs: { include_community_auditors?: boolean; config?: string };
  expected_finding_ids: string[] | null;
}

function parliament(dir: string, out: Map<string, Tally>, notes: string[]): void {
  const entries = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ParliamentEntry[];
  for (const e of entries) {
    if (!e.expected_finding_ids) continue; // unlabelled or count-only
    const file = path.join(dir, e.policy_path);
    const o = analyse(file, true);
    if (!o.parsed) {
      notes.push(`parliament: ${e.policy_path} does not parse as JSON (peer: ${e.expected_finding_ids.join(', ') || 'no finding'})`);
      continue;
    }
    for (const [id, eq] of Object.entries(PARLIAMENT)) {
      // Community findings are only labels when the test ran the community auditors.
      if (eq.community && !e.analyze_kwargs.include_community_auditors) continue;
      if (e.analyze_kwargs.config) continue; // custom sensitive-access config: not comparable
      tally(out, `parliament ${id}`, eq.label, e.expected_finding_ids.includes(id), o.findings.some(eq.matches), e.policy_path);
    }
  }
}

interface CloudsplainingEntry {
  policy_path: string;
  expectations: Array<{ property: string; call_args: unknown; policy_document_kwargs: unknown[]; expected: unknown }>;
}

function cloudsplaining(dir: string, out: Map<string, Tally>, notes: string[]): void {
  const entries = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as CloudsplainingEntry[];
  for (const e of entries) {
    const o = analyse(path.join(dir, e.policy_path), true);
    for (const x of e.expectations) {
      const eq = CLOUDSPLAINING[x.property];
      if (!eq) continue;
      // Our rules do not exempt statements scoped to ARNs, like Cloudsplaining with flag_resource_arn_statements=True.
      const kwargs = JSON.stringify(x.policy_document_kwargs);
      if (x.policy_document_kwargs.length > 0 && kwargs !== '["flag_resource_arn_statements=True"]') {
        notes.push(`cloudsplaining: ${e.policy_path} ${x.property} runs with ${kwargs}, which exempts ARN-scoped statements (Shieldwall does not); not compared`);
        continue;
      }
      const peer = Array.isArray(x.expected) ? x.expected.length > 0 : x.expected !== null && typeof x.expected === 'object';
      tally(out, `cloudsplaining ${x.property}`, eq.label, peer, o.findings.some(eq.matches), x.policy_document_kwargs.length > 0 ? `${e.policy_path} (${kwargs})` : e.policy_path);
    }
  }
}

interface ValidatorCase {
  template: string;
  cli_args: string[];
  expected_findings_subset: Array<{ issue_code: string; resource_name: string; policy_name: string }>;
}

/** Logical ids whose resource is named `name` (by logical id or a …Name property). */
function resourcesNamed(t: Template | undefined, name: string): string[] {
  if (!t) return [];
  const out: string[] = [];
  for (const r of t.resources.values()) {
    if (r.logicalId === name) out.push(r.logicalId);
    else if (r.properties?.entries.some((e) => /Name$/.test(e.key) && e.value.kind === 'scalar' && e.value.value === name)) out.push(r.logicalId);
  }
  return out;
}

function validator(dir: string, out: Map<string, Tally>, notes: string[]): void {
  const cases = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ValidatorCase[];
  const seen = new Set<string>();
  for (const c of cases) {
    const o = analyse(path.join(dir, c.template), false);
    const ignored = c.cli_args.flatMap((a, i) => (c.cli_args[i - 1] === '--ignore-finding' ? a.split(',') : []));
    for (const f of c.expected_findings_subset) {
      const eq = VALIDATOR[f.issue_code];
      if (!eq) continue;
      if (eq.policyName && !eq.policyName.test(f.policy_name)) continue;
      const key = `${c.template} ${f.issue_code} ${f.resource_name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ids = resourcesNamed(o.template, f.resource_name);
      tally(out, `validator ${f.issue_code}`, eq.label, true, o.findings.some((x) => eq.matches(x) && ids.includes(x.resource ?? '')), `${c.template} ${f.resource_name}`);
    }
    // Findings the validator was told to ignore are positives it would otherwise have reported.
    for (const ig of ignored) {
      const [name, code] = ig.split('.');
      const eq = code ? VALIDATOR[code] : undefined;
      if (!eq || !name) continue;
      const key = `${c.template} ${code} ${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const ids = resourcesNamed(o.template, name);
      tally(out, `validator ${code}`, eq.label, true, o.findings.some((x) => eq.matches(x) && ids.includes(x.resource ?? '')), `${c.template} ${name} (--ignore-finding)`);
    }
  }
  notes.push('validator: only the named findings subset is labelled (the counts include findings on resource policies, which the SW54xx rules cover), so only agreement on positives is measured');
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const dirArg = args.find((a) => !a.startsWith('--'));
  if (!dirArg) {
    console.error('usage: node out/scripts/peer-eval-iam.js <corpus>/iam [--json]');
    process.exit(2);
  }
  const root = fs.existsSync(path.join(dirArg, 'iam', 'parliament')) ? path.join(dirArg, 'iam') : dirArg;
  const out = new Map<string, Tally>();
  const notes: string[] = [];
  if (fs.existsSync(path.join(root, 'parliament'))) parliament(path.join(root, 'parliament'), out, notes);
  if (fs.existsSync(path.join(root, 'cloudsplaining'))) cloudsplaining(path.join(root, 'cloudsplaining'), out, notes);
  if (fs.existsSync(path.join(root, 'aws-iam-policy-validator'))) validator(path.join(root, 'aws-iam-policy-validator'), out, notes);
  if (out.size === 0) {
    console.error(`no parliament/, cloudsplaining/ or aws-iam-policy-validator/ manifests under ${root}`);
    process.exit(2);
  }
  const rows = [...out.entries()].sort(([a], [b]) => a.localeCompare(b));
  if (json) {
    console.log(JSON.stringify(Object.fromEntries(rows), null, 2));
    return;
  }
  let agree = 0;
  let total = 0;
  console.log(`# IAM peer evaluation (${IAM_RULES.length} Shieldwall IAM rules)\n`);
  console.log('| peer finding type | Shieldwall equivalent | labelled | agree | both report | neither | peer only | Shieldwall only |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const [key, t] of rows) {
    const n = t.both + t.neither + t.peerOnly.length + t.oursOnly.length;
    agree += t.both + t.neither;
    total += n;
    console.log(`| ${key} | ${t.label} | ${n} | ${t.both + t.neither} (${Math.round(((t.both + t.neither) / n) * 100)}%) | ${t.both} | ${t.neither} | ${t.peerOnly.length} | ${t.oursOnly.length} |`);
  }
  console.log(`\nOverall: ${agree} of ${total} labelled comparisons agree (${Math.round((agree / total) * 100)}%).\n`);
  console.log('## Disagreements\n');
  for (const [key, t] of rows) {
    for (const w of t.peerOnly) console.log(`- ${key}: peer reports, Shieldwall does not — ${w}`);
    for (const w of t.oursOnly) console.log(`- ${key}: Shieldwall reports, peer does not — ${w}`);
  }
  if (notes.length > 0) console.log(`\n## Notes\n\n${notes.map((n) => `- ${n}`).join('\n')}`);
}

main();
