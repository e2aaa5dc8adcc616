/**
 * Intrinsic-function evaluation, three-valued and honest.
 *
 * - `Ref` to a parameter resolves to its Default (the value the template deploys with unless the
 *   caller overrides it); without a Default it is unknown.
 * - `Fn::If` is never guessed: {@link variants} explores both branches and tags each with its condition,
 *   so a finding under one branch can say "when IsProd is false".
 * - `AWS::NoValue` removes the property.
 * - Everything that cannot be known from the template (pseudo parameters, imports, attributes of other
 *   resources) is an {@link Unknown} with a reason, never a guess.
 */
import { type MapNode, type Node, type Path, isMap, isScalar, isSeq, str } from './nodes';
import type { Template } from './template';

/** A value that cannot be known from the template alone. */
export class Unknown {
  constructor(
    readonly reason: string,
    /** When the value is a reference to a resource of this template: its logical id. */
    readonly resourceRef?: string,
  ) {}
}

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
export type Value = Json | Unknown | Value[] | { [k: string]: Value };

export function isUnknown(v: unknown): v is Unknown {
  return v instanceof Unknown;
}

/** A condition branch taken inside Fn::If. */
export interface ConditionBranch {
  name: string;
  value: boolean;
}

/** One possible outcome of a property lookup, after Fn::If branches and parameter defaults. */
export interface Variant {
  /** The node the value comes from, or undefined when the property is absent in this variant. */
  node: Node | undefined;
  /** Where a finding about this variant should point: the value as written, or the closest parent that exists. */
  at: Node;
  /** True when the path does not exist in this variant. */
  missing: boolean;
  conditions: ConditionBranch[];
  /** Set when the value came from a parameter's Default. */
  viaParameter?: string;
}

export type Tri = 'true' | 'false' | 'unknown';

const MAX_EVAL_DEPTH = 64;

/** Evaluation environment: the template, for parameters, conditions and mappings. */
export interface EvalEnv {
  template: Template | undefined;
}

/**
 * Expands a node into its possible outcomes: Fn::If → both branches (nested), `Ref` to a parameter →
 * its Default node, `Ref: AWS::NoValue` → missing.
 */
export function expand(node: Node | undefined, env: EvalEnv, parent: Node, conditions: ConditionBranch[] = [], depth = 0): Variant[] {
  if (!node) return [{ node: undefined, at: parent, missing: true, conditions }];
  if (depth > MAX_EVAL_DEPTH) return [{ node, at: node, missing: false, conditions }];
  if (isMap(node)) {
    const fn = node.intrinsic;
    const arg = node.entries[0]?.value;
    if (fn === 'Fn::If' && isSeq(arg) && arg.items.length === 3) {
      const name = str(arg.items[0]) ?? '?';
      return [
        ...expand(arg.items[1], env, node, [...conditions, { name, value: true }], depth + 1).map((v) => fixAt(v, node)),
        ...expand(arg.items[2], env, node, [...conditions, { name, value: false }], depth + 1).map((v) => fixAt(v, node)),
      ];
    }
    if (fn === 'Ref') {
      const target = str(arg);
      if (target === 'AWS::NoValue') return [{ node: undefined, at: node, missing: true, conditions }];
      const p = target ? env.template?.parameters.get(target) : undefined;
      if (p?.default) return [{ node: p.default, at: node, missing: false, conditions, viaParameter: p.name }];
    }
  }
  return [{ node, at: node, missing: false, conditions }];
}

function fixAt(v: Variant, ifNode: Node): Variant {
  // A missing branch (AWS::NoValue) is reported at the Fn::If itself.
  return v.missing ? { ...v, at: ifNode } : v;
}

/**
 * Looks up `path` below `start`, expanding Fn::If and parameter defaults at every step.
 * Sequence indices are numbers; `'*'` expands every item of a sequence.
 */
export function lookup(start: Node | undefined, path: Path | string, env: EvalEnv, startConditions: ConditionBranch[] = []): Variant[] {
  const segs: Path = typeof path === 'string' ? (path === '' ? [] : path.split('.')) : path;
  let current: Variant[] = start ? expand(start, env, start, startConditions) : [];
  for (const seg of segs) {
    const next: Variant[] = [];
    for (const v of current) {
      if (v.missing || !v.node) {
        next.push(v);
        continue;
      }
      const n = v.node;
      if (seg === '*') {
        if (isSeq(n)) for (const item of n.items) next.push(...expand(item, env, n, v.conditions));
        else if (isMap(n) && n.intrinsic) next.push({ ...v, node: n, at: n }); // unknown list (e.g. Fn::Split)
        continue;
      }
      let child: Node | undefined;
      if (typeof seg === 'number') child = isSeq(n) ? n.items[seg] : undefined;
      else if (isMap(n) && !n.intrinsic) child = n.get(seg);
      else if (isMap(n) && n.intrinsic) {
        // A property whose container is itself computed (Fn::GetAtt, Fn::ImportValue…): unknown, not missing.
        next.push({ node: n, at: n, missing: false, conditions: v.conditions });
        continue;
      }
      next.push(...expand(child, env, n, v.conditions).map((x) => (x.viaParameter || !v.viaParameter ? x : { ...x, viaParameter: v.viaParameter })));
    }
    current = next;
  }
  return current;
}

/** Evaluates a node to a plain value, with {@link Unknown} wherever the template does not decide. */
export function evaluate(node: Node | undefined, env: EvalEnv, depth = 0): Value {
  if (!node) return new Unknown('absent');
  if (depth > MAX_EVAL_DEPTH) return new Unknown('too deeply nested');
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map((i) => evaluate(i, env, depth + 1));
  const fn = node.intrinsic;
  if (!fn) {
    const o: { [k: string]: Value } = {};
    for (const e of node.entries) if (!(e.key in o)) o[e.key] = evaluate(e.value, env, depth + 1);
    return o;
  }
  return evaluateIntrinsic(fn, node, env, depth);
}

function evaluateIntrinsic(fn: string, node: MapNode, env: EvalEnv, depth: number): Value {
  const arg = node.entries[0]!.value;
  const t = env.template;
  switch (fn) {
    case 'Ref': {
      const name = str(arg) ?? '';
      if (name === 'AWS::NoValue') return new Unknown('AWS::NoValue');
      const p = t?.parameters.get(name);
      if (p) return p.default ? evaluate(p.default, env, depth + 1) : new Unknown(`parameter ${name} has no Default`);
      if (t?.resources.has(name)) return new Unknown(`reference to resource ${name}`, name);
      return new Unknown(`${name} is only known at deploy time`);
    }
    case 'Fn::GetAtt': {
      const target = isSeq(arg) ? str(arg.items[0]) : str(arg)?.split('.')[0];
      return new Unknown(`attribute of ${target ?? 'a resource'}`, target && t?.resources.has(target) ? target : undefined);
    }
    case 'Fn::If': {
      if (!isSeq(arg) || arg.items.length !== 3) return new Unknown('malformed Fn::If');
      const a = evaluate(arg.items[1], env, depth + 1);
      const b = evaluate(arg.items[2], env, depth + 1);
      if (!containsUnknown(a) && JSON.stringify(a) === JSON.stringify(b)) return a;
      return new Unknown(`depends on condition ${str(arg.items[0]) ?? '?'}`);
    }
    case 'Fn::Join': {
      if (!isSeq(arg) || arg.items.length !== 2) return new Unknown('malformed Fn::Join');
      const sep = evaluate(arg.items[0], env, depth + 1);
      const list = evaluate(arg.items[1], env, depth + 1);
      if (typeof sep !== 'string' || !Array.isArray(list)) return new Unknown('Fn::Join with computed parts');
      if (list.some((x) => typeof x === 'object' && x !== null)) return new Unknown('Fn::Join with computed parts');
      return list.map((x) => String(x)).join(sep);
    }
    case 'Fn::Sub': {
      const tmpl = isSeq(arg) ? arg.items[0] : arg;
      const vars = isSeq(arg) && isMap(arg.items[1]) ? arg.items[1] : undefined;
      const s = str(tmpl);
      if (s === undefined) return new Unknown('malformed Fn::Sub');
      let unknown: Unknown | undefined;
      const out = s.replace(/\$\{(!?)([^}]*)\}/g, (whole, bang: string, name: string) => {
        if (bang) return `\${${name}}`;
        const key = name.trim();
        const local = vars?.get(key);
        const v = local ? evaluate(local, env, depth + 1) : key.includes('.') ? new Unknown(`attribute ${key}`) : refValue(key, env, depth);
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
        unknown ??= v instanceof Unknown ? v : new Unknown(`\${${key}} is computed`);
        return whole;
      });
      return unknown ?? out;
    }
    case 'Fn::Select': {
      if (!isSeq(arg) || arg.items.length !== 2) return new Unknown('malformed Fn::Select');
      const idx = evaluate(arg.items[0], env, depth + 1);
      const list = evaluate(arg.items[1], env, depth + 1);
      const i = typeof idx === 'number' ? idx : typeof idx === 'string' ? Number(idx) : NaN;
      if (!Array.isArray(list) || !Number.isInteger(i)) return new Unknown('Fn::Select over a computed list');
      return list[i] ?? new Unknown('Fn::Select index out of range');
    }
    case 'Fn::FindInMap': {
      if (!isSeq(arg) || arg.items.length < 3) return new Unknown('malformed Fn::FindInMap');
      const [m, k1, k2] = arg.items.slice(0, 3).map((x) => evaluate(x, env, depth + 1));
      if (typeof m !== 'string' || typeof k1 !== 'string' || typeof k2 !== 'string') {
        // Every top-level key unknown, but if all entries agree the answer is still known.
        if (typeof m === 'string' && typeof k2 === 'string') return sameAcrossMap(m, k2, env, depth);
        return new Unknown('Fn::FindInMap with computed keys');
      }
      const v = t?.mappings?.get(m);
      const v1 = isMap(v) ? v.get(k1) : undefined;
      const v2 = isMap(v1) ? v1.get(k2) : undefined;
      return v2 ? evaluate(v2, env, depth + 1) : new Unknown(`mapping ${m}.${k1}.${k2} not found`);
    }
    case 'Fn::Split': {
      if (!isSeq(arg) || arg.items.length !== 2) return new Unknown('malformed Fn::Split');
      const sep = evaluate(arg.items[0], env, depth + 1);
      const s = evaluate(arg.items[1], env, depth + 1);
      return typeof sep === 'string' && typeof s === 'string' ? s.split(sep) : new Unknown('Fn::Split of a computed string');
    }
    case 'Fn::Base64':
      return (() => {
        const s = evaluate(arg, env, depth + 1);
        return typeof s === 'string' ? s : new Unknown('Fn::Base64 of a computed string');
      })();
    case 'Fn::Equals': {
      if (!isSeq(arg) || arg.items.length !== 2) return new Unknown('malformed Fn::Equals');
      const a = evaluate(arg.items[0], env, depth + 1);
      const b = evaluate(arg.items[1], env, depth + 1);
      if (containsUnknown(a) || containsUnknown(b)) return new Unknown('Fn::Equals over computed values');
      return String(a) === String(b);
    }
    default:
      return new Unknown(`${fn} is evaluated at deploy time`);
  }
}

function refValue(name: string, env: EvalEnv, depth: number): Value {
  const p = env.template?.parameters.get(name);
  if (p) return p.default ? evaluate(p.default, env, depth + 1) : new Unknown(`parameter ${name} has no Default`);
  if (env.template?.resources.has(name)) return new Unknown(`reference to resource ${name}`, name);
  return new Unknown(`${name} is only known at deploy time`);
}

function sameAcrossMap(mapName: string, k2: string, env: EvalEnv, depth: number): Value {
  const m = env.template?.mappings?.get(mapName);
  if (!isMap(m) || m.size === 0) return new Unknown('Fn::FindInMap with computed keys');
  let first: Value | undefined;
  for (const e of m.entries) {
    const v = isMap(e.value) ? e.value.get(k2) : undefined;
    const val = v ? evaluate(v, env, depth + 1) : new Unknown('missing');
    if (containsUnknown(val)) return new Unknown('Fn::FindInMap with computed keys');
    if (first === undefined) first = val;
    else if (JSON.stringify(first) !== JSON.stringify(val)) return new Unknown('Fn::FindInMap with computed keys');
  }
  return first ?? new Unknown('Fn::FindInMap with computed keys');
}

export function containsUnknown(v: Value): boolean {
  if (v instanceof Unknown) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (v && typeof v === 'object') return Object.values(v).some(containsUnknown);
  return false;
}

/** Three-valued truthiness of a CloudFormation boolean ("true", true, "false", false). */
export function toTri(v: Value): Tri {
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') {
    const l = v.toLowerCase();
    if (l === 'true') return 'true';
    if (l === 'false') return 'false';
  }
  return 'unknown';
}

/** Describes the branches a variant sits under, e.g. "when condition IsProd is false". */
export function describeConditions(conds: readonly ConditionBranch[]): string {
  if (conds.length === 0) return '';
  return `when ${conds.map((c) => `condition ${c.name} is ${c.value}`).join(' and ')}`;
}

/** The logical id a Ref / GetAtt / `${X}` Sub node points at. */
export function refTarget(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (isMap(node)) {
    const fn = node.intrinsic;
    const arg = node.entries[0]?.value;
    if (fn === 'Ref') return str(arg);
    if (fn === 'Fn::GetAtt') return isSeq(arg) ? str(arg.items[0]) : str(arg)?.split('.')[0];
    if (fn === 'Fn::Sub') {
      const s = isSeq(arg) ? str(arg.items[0]) : str(arg);
      const m = s ? /^\$\{([^!}.][^}.]*)(\.[^}]*)?\}$/.exec(s.trim()) : null;
      return m?.[1];
    }
  }
  return undefined;
}

