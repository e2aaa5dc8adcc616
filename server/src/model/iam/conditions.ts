/**
 * IAM condition semantics: operators (with ForAnyValue:/ForAllValues: qualifiers and the …IfExists
 * suffix), case-insensitive keys, values ORed within a key and keys ANDed across the block.
 */
import type { EvalEnv } from '../evaluate';
import { type MapNode, type Node, isMap } from '../nodes';
import { values } from '../policy';

export interface ConditionEntry {
  /** As written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** Without qualifier and IfExists, e.g. `StringLike`. */
  base: string;
  ifExists: boolean;
  qualifier: 'ForAnyValue' | 'ForAllValues' | undefined;
  /** Lower-cased condition key, e.g. `aws:multifactorauthpresent`. */
  key: string;
  /** Literal values (computed ones are omitted; `unknownValues` says so). */
  values: string[];
  unknownValues: boolean;
  node: Node;
  keyNode: Node;
}

/** Flattens a Condition block. */
export function conditionEntries(block: MapNode | undefined, env: EvalEnv): ConditionEntry[] {
  if (!block) return [];
  const out: ConditionEntry[] = [];
  for (const op of block.entries) {
    if (!isMap(op.value) || op.value.intrinsic) continue;
    // YAML reads an unquoted `Null:` key as the null value (the parser keeps it as ''); its four
    // characters of source still say which operator was meant.
    const name = op.key === '' && op.keyNode.length === 4 ? 'Null' : op.key;
    const m = /^(?:(ForAnyValue|ForAllValues):)?(.+?)(IfExists)?$/.exec(name);
    if (!m) continue;
    for (const k of op.value.entries) {
      const vals = values(k.value, env) ?? [];
      out.push({
        operator: name,
        base: m[2]!,
        ifExists: m[3] !== undefined,
        qualifier: m[1] as ConditionEntry['qualifier'],
        key: k.key.toLowerCase(),
        values: vals.filter((v) => typeof v.value === 'string').map((v) => String(v.value)),
        unknownValues: vals.some((v) => typeof v.value !== 'string') || typeof (k.value as { value?: unknown }).value === 'boolean',
        node: k.value,
        keyNode: k.keyNode,
      });
    }
  }
  // Booleans written without quotes are still values.
  for (const e of out) {
    const n = e.node as { kind?: string; value?: unknown; items?: Array<{ value?: unknown }> };
    if (n.kind === 'scalar' && typeof n.value === 'boolean') {
      e.values = [String(n.value)];
      e.unknownValues = false;
    }
  }
  return out;
}

const MFA_PRESENT = 'aws:multifactorauthpresent';
const MFA_AGE = 'aws:multifactorauthage';

export type MfaRequirement =
  /** The statement only matches requests authenticated with MFA. */
  | 'enforced'
  /** An …IfExists form: requests with long-term access keys (no MFA key at all) still match. */
  | 'if-exists'
  | 'none';

/** What an Allow statement's conditions require about MFA. */
export function mfaRequirement(entries: ConditionEntry[]): { req: MfaRequirement; entry?: ConditionEntry } {
  let weak: ConditionEntry | undefined;
  for (const e of entries) {
    const truthy = e.values.some((v) => v.toLowerCase() === 'true');
    // ForAllValues over an absent key is vacuously true: like IfExists, long-term keys pass.
    const weakForm = e.ifExists || e.qualifier === 'ForAllValues';
    if (e.key === MFA_PRESENT && e.base === 'Bool' && truthy) {
      if (!weakForm) return { req: 'enforced', entry: e };
      weak ??= e;
    }
    if (e.key === MFA_AGE && /^Numeric(LessThan|LessThanEquals)$/.test(e.base)) {
      if (!weakForm) return { req: 'enforced', entry: e };
      weak ??= e;
    }
    // Null: {aws:MultiFactorAuthAge: false} → the key exists → MFA was used.
    if (e.key === MFA_AGE && e.base === 'Null' && e.values.some((v) => v.toLowerCase() === 'false')) return { req: 'enforced', entry: e };
  }
  return weak ? { req: 'if-exists', entry: weak } : { req: 'none' };
}

export type MfaDeny =
  /** Denies every request made without MFA, including long-term access keys. */
  | 'all'
  /**
   * `Bool aws:MultiFactorAuthPresent false`: the key is absent for long-term access keys, so the deny
   * never applies to them — the classic pitfall. Console and temporary sessions without MFA are denied.
   */
  | 'temporary-only'
  /**
   * `Null aws:MultiFactorAuthPresent true`: only requests without the key (long-term access keys) are
   * denied; console sessions and temporary credentials obtained without MFA carry the key (as false)
   * and pass.
   */
  | 'long-term-only'
  | 'no';

/** For a Deny statement: does it deny requests made without MFA? */
export function mfaDeny(entries: ConditionEntry[]): { deny: MfaDeny; entry?: ConditionEntry } {
  let weak: { deny: MfaDeny; entry: ConditionEntry } | undefined;
  for (const e of entries) {
    const falsy = e.values.some((v) => v.toLowerCase() === 'false');
    const truthy = e.values.some((v) => v.toLowerCase() === 'true');
    if (e.qualifier) continue;
    if (e.key === MFA_PRESENT && e.base === 'Bool' && falsy) {
      if (e.ifExists) return { deny: 'all', entry: e };
      weak ??= { deny: 'temporary-only', entry: e };
    }
    // Null true: the key is absent. Absent Age means no MFA at all; absent Present means long-term keys.
    if (e.base === 'Null' && truthy && e.key === MFA_AGE) return { deny: 'all', entry: e };
    if (e.base === 'Null' && truthy && e.key === MFA_PRESENT) weak ??= { deny: 'long-term-only', entry: e };
    // Deny when the MFA is too old: with IfExists it also denies requests without MFA.
    if (e.key === MFA_AGE && /^NumericGreaterThan(Equals)?$/.test(e.base) && e.ifExists) return { deny: 'all', entry: e };
  }
  return weak ?? { deny: 'no' };
}

/** Whether a deny of this kind stops console (password) sessions that signed in without MFA. */
export function denyCoversConsole(d: MfaDeny): boolean {
  return d === 'all' || d === 'temporary-only';
}

/** Case-insensitive IAM wildcard match (`*` and `?`). */
export function iamMatch(pattern: string, value: string): boolean {
  const p = pattern.toLowerCase();
  const v = value.toLowerCase();
  if (p === '*') return true;
  if (!p.includes('*') && !p.includes('?')) return p === v;
  const re = new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(v);
}

/** True when two action patterns can match a common action (used for "does this deny cover that allow"). */
export function patternsOverlap(a: string, b: string): boolean {
  return iamMatch(a, b) || iamMatch(b, a) || (a.includes('*') && b.includes('*') && a.split(':')[0]!.toLowerCase() === b.split(':')[0]!.toLowerCase());
}
