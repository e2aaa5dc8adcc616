/**
 * The four properties every fix must keep, checked on real analyses. Shared by the property tests
 * (test/fixes/fix-properties.test.ts) and the corpus script (scripts/fix-corpus.ts).
 *
 * Applying a fix must:
 *   1. remove its finding (no finding with the same rule id, path and message afterwards);
 *   2. introduce no new finding: the (rule id, path, message) set after ⊆ the set before minus the
 *      fixed finding (and no new parse problem);
 *   3. leave a document that parses, whose plain model differs from the original only under the paths
 *      the fix's edits target (plus a top-level entry the fix adds, e.g. a new parameter or resource);
 *   4. leave the text outside [first edit start, last edit end] unchanged byte for byte, with each
 *      edit deleting only a small range, no comment, and keeping the line endings.
 */
import { applyEdits, renderEdits } from '../../server/src/documents/render-fix';
import type { Analysis } from '../../server/src/engine/engine';
import type { Finding } from '../../server/src/engine/finding';
import type { Edit, Fix } from '../../server/src/engine/fix-types';
import { fixAllPlan } from '../../server/src/handlers/code-actions';
import { type Node, isMap, toPlain } from '../../server/src/model/nodes';

export type Format = 'yaml' | 'json';
export type Analyze = (text: string) => Analysis;
type Path = Array<string | number>;

/** Largest range one edit may delete (a replaced list of listener actions is ~120 characters in JSON). */
export const MAX_DELETED = 240;

export const findingKey = (f: Pick<Finding, 'ruleId' | 'path' | 'message'>): string => `${f.ruleId} ${JSON.stringify(f.path)} ${f.message}`;

function rootOf(a: Analysis): Node | undefined {
  return a.template?.root ?? a.policy?.node;
}

/** Paths (prefixes) an edit may change in the plain model. `sections` are the top-level keys before. */
export function allowedPaths(e: Edit, before: Set<string>): Path[] {
  switch (e.op) {
    case 'set':
      return [[...e.target.path, e.key]];
    case 'replace': {
      // Replacing a key (a rename, e.g. Bool → BoolIfExists) changes the mapping that holds it.
      const parent = e.target.parent;
      const isKey = parent !== undefined && isMap(parent) && typeof e.target.key === 'string' && parent.entry(e.target.key)?.keyNode === e.target;
      return [isKey ? parent.path : e.target.path];
    }
    case 'append':
    case 'delete':
      return [e.target.path];
    case 'add-top-level':
      // The section itself only when the fix creates it.
      return before.has(e.section) ? [[e.section, e.key]] : [[e.section]];
  }
}

/** Paths where two plain values differ (the deepest differing container entry or leaf). */
export function diffPaths(a: unknown, b: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) diffPaths((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, Array.isArray(a) ? Number(k) : k], out);
    return out;
  }
  out.push(path);
  return out;
}

const startsWith = (p: Path, prefix: Path) => prefix.length <= p.length && prefix.every((x, i) => String(p[i]) === String(x));

export interface FixOutcome {
  text: string;
  after: Analysis | undefined;
  failures: string[];
  tolerated: Tolerated[];
}

/** Applies one fix of one finding and checks the four properties. */
export function checkFix(format: Format, text: string, before: Analysis, finding: Finding | undefined, fix: Fix, analyze: Analyze, where: string): FixOutcome {
  const failures: string[] = [];
  let edits;
  try {
    edits = renderEdits(fix.edits, { text, format, root: rootOf(before) });
  } catch (e) {
    return { text, after: undefined, failures: [`${where}: cannot render: ${(e as Error).message}`], tolerated: [] };
  }
  const fixed = applyEdits(text, edits);
  const after = analyze(fixed);
  failures.push(...textProperties(text, fixed, edits, format, where));
  failures.push(...parseProperties(before, after, where));
  const topBefore = new Set(Object.keys((toPlain(rootOf(before)!) ?? {}) as object));
  failures.push(...modelProperties(before, after, fix.edits.flatMap((e) => allowedPaths(e, topBefore)), where));
  const removed = new Set(finding ? [findingKey(finding)] : []);
  if (finding && after.findings.some((x) => findingKey(x) === findingKey(finding))) failures.push(`${where}: 1. the finding is still reported`);
  const tolerated: Tolerated[] = [];
  failures.push(...noNewFindings(before, after, removed, where, finding ? [finding] : [], tolerated));
  return { text: fixed, after, failures, tolerated };
}

/** 4: text outside the edited region unchanged; small deletions; no comment deleted; line endings kept. */
export function textProperties(text: string, fixed: string, edits: ReadonlyArray<{ offset: number; length: number; text: string }>, format: Format, where: string): string[] {
  const out: string[] = [];
  if (edits.length === 0) return [`${where}: 4. the fix renders no edit`];
  const lo = Math.min(...edits.map((e) => e.offset));
  const hi = Math.max(...edits.map((e) => e.offset + e.length));
  if (fixed.slice(0, lo) !== text.slice(0, lo)) out.push(`${where}: 4. text before offset ${lo} changed`);
  if (fixed.slice(fixed.length - (text.length - hi)) !== text.slice(hi)) out.push(`${where}: 4. text after offset ${hi} changed`);
  for (const e of edits) {
    const deleted = text.slice(e.offset, e.offset + e.length);
    if (e.length > MAX_DELETED) out.push(`${where}: 4. an edit deletes ${e.length} characters at ${e.offset}: ${JSON.stringify(deleted.slice(0, 80))}…`);
    if (format === 'yaml' && /(^|\s)#/.test(deleted)) out.push(`${where}: 4. an edit deletes a comment: ${JSON.stringify(deleted)}`);
    if (text.includes('\r\n') && /(^|[^\r])\n/.test(e.text)) out.push(`${where}: 4. an edit writes LF line endings into a CRLF file: ${JSON.stringify(e.text)}`);
    if (!text.includes('\r\n') && e.text.includes('\r')) out.push(`${where}: 4. an edit writes CR into an LF file`);
  }
  return out;
}

/** 3 (parses) and 2 (no new parse problem). */
function parseProperties(before: Analysis, after: Analysis, where: string): string[] {
  const out: string[] = [];
  const errors = after.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) out.push(`${where}: 3. the fixed document does not parse: ${errors.map((p) => p.message).join('; ')}`);
  if (!rootOf(after)) out.push(`${where}: 3. the fixed document is no longer a ${before.kind ?? 'template'}`);
  if (after.kind !== before.kind) out.push(`${where}: 3. the document kind changed from ${before.kind} to ${after.kind}`);
  const had = new Set(before.problems.map((p) => `${p.code} ${p.message}`));
  for (const p of after.problems) if (!had.has(`${p.code} ${p.message}`)) out.push(`${where}: 2. new problem: ${p.code} ${p.message}`);
  return out;
}

/** 3: the plain models differ only under the allowed paths. */
function modelProperties(before: Analysis, after: Analysis, allowed: Path[], where: string): string[] {
  const a = rootOf(before);
  const b = rootOf(after);
  if (!a || !b) return [];
  return diffPaths(toPlain(a), toPlain(b))
    .filter((p) => !allowed.some((x) => startsWith(p, x)))
    .map((p) => `${where}: 3. the model changed outside the fix at ${JSON.stringify(p)} (allowed: ${JSON.stringify(allowed)})`);
}

/**
 * Interplays property 2 tolerates, each a finding that only appears once another is fixed, on the same
 * resource. Every entry is reported in docs/fixes.md; the property test fails when an entry is never
 * seen (so the list cannot go stale) and on any other new finding.
 */
export const KNOWN_FOLLOW_UPS: ReadonlyArray<{ fixed: string; revealed: string; why: string }> = [
  { fixed: 'SW2001', revealed: 'SW5011', why: 'an EBS volume encrypted with the default key gets the lower "use a customer-managed key" finding; SW5011 is silent while the volume is unencrypted' },
  { fixed: 'SW5006', revealed: 'SW5039', why: 'an EFS file system encrypted with aws/elasticfilesystem gets the lower customer-managed-key finding; SW5039 is silent while it is unencrypted' },
  { fixed: 'SW5013', revealed: 'SW5014', why: 'an SQS queue with SQS-managed SSE gets the info-level customer-managed-key finding; SW5014 is silent while the queue is unencrypted' },
  { fixed: 'SW5709', revealed: 'SW5709', why: 'rule bug: the "Add DeletionPolicy" fix adds one policy and the UpdateReplacePolicy finding appears on the same path once it is applied; the fix could add both (the renderer accepts two inserts into one mapping)' },
];

export interface Tolerated {
  kind: 'follow-up' | 'moved';
  finding: Finding;
  after: Finding;
}

/**
 * 2: findings after ⊆ findings before minus the fixed ones. A finding whose anchor moved (same rule,
 * message and resource, and the old one is gone: a "missing LoadBalancerAttributes entry" points at
 * the resource until the list exists, then at the list) is the same finding, not a new one.
 */
function noNewFindings(before: Analysis, after: Analysis, removed: Set<string>, where: string, fixed: Finding[] = [], tolerated: Tolerated[] = []): string[] {
  const had = new Set(before.findings.map(findingKey).filter((k) => !removed.has(k)));
  const now = new Set(after.findings.map(findingKey));
  const vanished = before.findings.filter((f) => !removed.has(findingKey(f)) && !now.has(findingKey(f)));
  const out: string[] = [];
  for (const x of after.findings) {
    if (had.has(findingKey(x))) continue;
    const moved = vanished.findIndex((v) => v.ruleId === x.ruleId && v.message === x.message && v.resource === x.resource);
    if (moved >= 0) {
      tolerated.push({ kind: 'moved', finding: vanished[moved]!, after: x });
      vanished.splice(moved, 1);
      continue;
    }
    const cause = fixed.find((f) => f.resource === x.resource && KNOWN_FOLLOW_UPS.some((k) => k.fixed === f.ruleId && k.revealed === x.ruleId));
    if (cause) {
      tolerated.push({ kind: 'follow-up', finding: cause, after: x });
      continue;
    }
    out.push(`${where}: 2. new finding ${x.ruleId} ${x.ruleName} (${x.severity}) at ${JSON.stringify(x.path)}: ${x.message}`);
  }
  return out;
}

export interface FixAllOutcome {
  text: string;
  passes: number;
  /** Findings before that are gone after (by rule id, path and message). */
  fixed: number;
  /** Fixes applied over all passes. */
  applied: number;
  failures: string[];
  tolerated: Tolerated[];
}

/**
 * Fix all, as the CLI runs it: repeated passes of every safe, non-colliding fix, each pass checked
 * for the four properties (2 against the findings before the first pass).
 */
export function checkFixAll(format: Format, text: string, analyze: Analyze, where: string, maxPasses = 5): FixAllOutcome {
  const failures: string[] = [];
  const first = analyze(text);
  let current = text;
  let a = first;
  let passes = 0;
  let applied = 0;
  const removed = new Set<string>();
  const fixedFindings: Finding[] = [];
  const tolerated: Tolerated[] = [];
  for (; passes < maxPasses; passes++) {
    const plan = fixAllPlan({ ...a, format }, current);
    if (plan.edits.length === 0) break;
    const next = applyEdits(current, plan.edits);
    const b = analyze(next);
    const at = `${where} (fix all, pass ${passes + 1})`;
    failures.push(...textProperties(current, next, plan.edits, format, at));
    failures.push(...parseProperties(a, b, at));
    const topBefore = new Set(Object.keys((toPlain(rootOf(a)!) ?? {}) as object));
    failures.push(...modelProperties(a, b, plan.applied.flatMap((p) => p.fix.edits.flatMap((e) => allowedPaths(e, topBefore))), at));
    for (const p of plan.applied) {
      removed.add(findingKey(p.finding));
      fixedFindings.push(p.finding);
      if (b.findings.some((x) => findingKey(x) === findingKey(p.finding))) failures.push(`${at}: 1. ${p.finding.ruleId} at ${JSON.stringify(p.finding.path)} is still reported after "${p.fix.title}"`);
    }
    applied += plan.applied.length;
    current = next;
    a = b;
  }
  failures.push(...noNewFindings(first, a, removed, `${where} (fix all)`, fixedFindings, tolerated));
  const after = new Set(a.findings.map(findingKey));
  const moved = new Set(tolerated.filter((t) => t.kind === 'moved').map((t) => t.finding));
  const fixed = first.findings.filter((f) => !after.has(findingKey(f)) && !moved.has(f)).length;
  return { text: current, passes, fixed, applied, failures, tolerated };
}
