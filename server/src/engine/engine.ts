/**
 * The engine: parse → classify → model → rules → suppressions, shared by the LSP server, the CLI and the
 * account scan.
 *
 * Speed as you type comes from two caches. The chunked parser reuses unchanged chunks, so unchanged
 * resources keep their Resource objects; and each resource rule's results are cached on the Resource
 * together with what the rule read (other resources, referrers, the template's non-resource sections).
 * An edit therefore re-runs rules only for the resources it touched and for the resources whose rules
 * looked at them.
 */
import { ChunkedParser, type EditHint, type SourceFormat } from '../documents/chunked-parser';
import { classify, classifyText, mightBeRelevant } from '../documents/classify';
import { LIMITS, type ParseProblem } from '../documents/problems';
import { type ConditionBranch, type EvalEnv, type Variant, describeConditions, evaluate, lookup, refTarget, toTri } from '../model/evaluate';
import { MapNode, type Node, ScalarNode, isMap, isScalar, isSeq } from '../model/nodes';
import { POLICY_LOCATIONS, type PolicyDocument, buildPolicy, policiesOf, standaloneKind } from '../model/policy';
import { type DocumentKind, type Resource, Template } from '../model/template';
import type { Finding } from './finding';
import type { BaseContext, Report, RuleDefinition, RuleMeta, Severity, Target } from './rule-types';
import { type Settings } from './settings';
import { filterCdkGenerated } from './cdk-generated';
import { applySuppressions } from './suppressions';

export interface Analysis {
  kind: DocumentKind | undefined;
  findings: Finding[];
  problems: ParseProblem[];
  template: Template | undefined;
  policy: PolicyDocument | undefined;
  stats: { chunksReused: number; chunksParsed: number; chunked: boolean; rulesRun: number; rulesCached: number; ms: number };
}

export type Logger = (message: string) => void;

/** The rules, indexed for the engine. */
export class RuleSet {
  readonly all: readonly RuleDefinition[];
  readonly byType = new Map<string, RuleDefinition[]>();
  readonly policyRules: RuleDefinition[] = [];
  readonly templateRules: RuleDefinition[] = [];
  private readonly byKey = new Map<string, RuleDefinition>();

  constructor(rules: readonly RuleDefinition[]) {
    this.all = rules;
    for (const r of rules) {
      this.byKey.set(r.meta.id.toLowerCase(), r);
      this.byKey.set(r.meta.name.toLowerCase(), r);
      for (const t of r.resource?.types ?? []) {
        const list = this.byType.get(t);
        if (list) list.push(r);
        else this.byType.set(t, [r]);
      }
      if (r.policy) this.policyRules.push(r);
      if (r.template) this.templateRules.push(r);
    }
  }

  /** By id (`SW1001`) or name, case-insensitive. */
  get(key: string): RuleDefinition | undefined {
    return this.byKey.get(key.toLowerCase());
  }
}

/** Effective severity of a rule under settings, or 'off'. */
export function effectiveSeverity(meta: RuleMeta, settings: Settings): Severity | 'off' {
  if (!settings.enable) return 'off';
  if (settings.disabledCategories.includes(meta.category)) return 'off';
  const s = settings.rules[meta.id] ?? settings.rules[meta.name];
  if (s === undefined) return meta.severity;
  if (typeof s === 'string') return s;
  return s.severity ?? meta.severity;
}

/** The severity the user chose for a rule in settings, if any. */
function severityFromSettings(meta: RuleMeta, settings: Settings): Severity | 'off' | undefined {
  const s = settings.rules[meta.id] ?? settings.rules[meta.name];
  if (s === undefined) return undefined;
  return typeof s === 'string' ? s : s.severity;
}

function ruleOptions(meta: RuleMeta, settings: Settings): Record<string, number | string | boolean> {
  const s = settings.rules[meta.id] ?? settings.rules[meta.name];
  return { ...(meta.options ?? {}), ...(s && typeof s === 'object' ? (s.options ?? {}) : {}) };
}

type Dep = { k: 'res'; id: string; r: Resource | undefined } | { k: 'list'; key: string; list: Resource[] };

interface CacheEntry {
  globalsKey: string;
  settingsKey: string;
  deps: Dep[];
  findings: Finding[];
}

/** Analyses successive versions of one document. Keep one per open document. */
export class DocumentAnalyzer {
  private readonly parser: ChunkedParser;
  private lastTemplate: Template | undefined;

  constructor(
    readonly format: SourceFormat,
    private readonly rules: RuleSet,
    private readonly log: Logger = () => undefined,
  ) {
    this.parser = new ChunkedParser(format);
  }

  /** Analyses a version of the document. `hint`, the single edit since the previous call, lets parsing skip the unchanged text. */
  analyze(text: string, fileName: string, settings: Settings, forcedKind?: DocumentKind, hint?: EditHint): Analysis {
    const t0 = performance.now();
    const stats = { chunksReused: 0, chunksParsed: 0, chunked: false, rulesRun: 0, rulesCached: 0, ms: 0 };
    const empty = (kind: DocumentKind | undefined, problems: ParseProblem[]): Analysis => ({ kind, findings: [], problems, template: undefined, policy: undefined, stats: { ...stats, ms: performance.now() - t0 } });
    if (!forcedKind && !mightBeRelevant(text)) return empty(undefined, []);
    if (text.length > LIMITS.maxBytes) {
      const kind = forcedKind ?? classifyText(text.slice(0, 65536), fileName);
      return empty(kind, kind ? [{ code: 'too-large', message: `File is larger than ${LIMITS.maxBytes / 1048576} MB and is not analysed`, severity: 'warning', offset: 0, length: 0 }] : []);
    }
    if (looksBinary(text)) return empty(undefined, []);

    const parsed = this.parser.parse(text, hint);
    stats.chunksReused = parsed.stats.reused;
    stats.chunksParsed = parsed.stats.parsed;
    stats.chunked = parsed.stats.chunked;
    const kind = forcedKind ?? classify(parsed.root, fileName, text) ?? classifyText(text, fileName);
    // Unrelated documents stay silent, syntax errors included.
    if (!kind) return empty(undefined, []);
    // Parsers may point one past the end (e.g. "missing closing quote" at EOF): keep ranges inside the text.
    const problems = parsed.problems.map((p) => (p.offset + p.length <= text.length ? p : { ...p, offset: Math.min(p.offset, text.length), length: Math.max(0, Math.min(p.length, text.length - Math.min(p.offset, text.length))) }));
    const findings: Finding[] = [];
    let template: Template | undefined;
    let policy: PolicyDocument | undefined;
    const settingsKey = JSON.stringify(settings.rules);
    const run = new RunState(this.rules, settings, settingsKey, kind, findings, problems, this.log, stats);

    if (kind === 'iam-policy') {
      const root = parsed.root;
      const doc = isMap(root) ? root : isSeq(root) ? syntheticPolicy(root) : undefined;
      if (doc) {
        const env: EvalEnv = { template: undefined };
        policy = buildPolicy(doc, standaloneKind(doc, env), env, undefined, '', 'policy');
        run.policyRules(policy, env, undefined);
      }
    } else if (isMap(parsed.root)) {
      // The previous template is kept only to give unchanged answers the same identity; drop its own link.
      template = new Template(parsed.root, kind, fileName, parsed.resourceChunks, this.lastTemplate);
      run.templateChecks(template);
      template.detachPrevious();
      this.lastTemplate = template;
      // CDK plumbing and aws-cdk-lib's generated resources are not the user's to fix (cdk-generated.ts).
      if (kind === 'cdk') filterCdkGenerated(findings, template);
    }
    applySuppressions(findings, template, problems, settings, this.rules);
    stats.ms = performance.now() - t0;
    return { kind, findings, problems, template, policy, stats };
  }
}

/** A bare statement list (policy file without the Version wrapper) wrapped as a document. */
function syntheticPolicy(seq: Node): MapNode | undefined {
  if (!isSeq(seq)) return undefined;
  // Build {Statement: seq} without disturbing the parsed tree's positions.
  const m = new MapNode(seq.chunk, seq.rel, seq.length);
  const parent = seq.parent;
  const key = seq.key;
  m.add(new ScalarNode(seq.chunk, seq.rel, 0, 'Statement', 'plain'), seq);
  // Keep the sequence's own path (the document root) for findings.
  seq.parent = parent;
  seq.key = key;
  return m;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  return sample.includes('\u0000');
}

class RunState {
  constructor(
    private readonly rules: RuleSet,
    private readonly settings: Settings,
    private readonly settingsKey: string,
    private readonly kind: DocumentKind,
    private readonly findings: Finding[],
    private readonly problems: ParseProblem[],
    private readonly log: Logger,
    private readonly stats: Analysis['stats'],
  ) {}

  private readonly activeCache = new Map<RuleDefinition, boolean>();
  private active(r: RuleDefinition): boolean {
    let a = this.activeCache.get(r);
    if (a === undefined) {
      a = r.meta.appliesTo.includes(this.kind) && effectiveSeverity(r.meta, this.settings) !== 'off';
      this.activeCache.set(r, a);
    }
    return a;
  }

  templateChecks(template: Template): void {
    const env: EvalEnv = { template };
    for (const res of template.resources.values()) {
      const type = res.type;
      const list = type ? this.rules.byType.get(type) : undefined;
      for (const rule of list ?? []) {
        if (!this.active(rule) || this.fromCache(rule, res, template, 'r')) continue;
        this.runCached(rule, res, template, 'r', (ctx) => rule.resource!.check({ ...ctx, resource: res, template, prop: (p) => lookup(res.node, ['Properties', ...(typeof p === 'string' ? (p === '' ? [] : p.split('.')) : p)], env) }));
      }
      if (this.rules.policyRules.length > 0 && type && POLICY_LOCATIONS[type]) {
        for (const rule of this.rules.policyRules) {
          if (!this.active(rule) || this.fromCache(rule, res, template, 'p')) continue;
          this.runCached(rule, res, template, 'p', (ctx) => {
            for (const policy of ctx.policiesOf(res)) {
              if (rule.policy!.kinds && !rule.policy!.kinds.includes(policy.kind)) continue;
              rule.policy!.check({ ...ctx, policy });
            }
          });
        }
      }
    }
    for (const rule of this.rules.templateRules) {
      if (!this.active(rule)) continue;
      const tracker: Dep[] = [];
      const out: Finding[] = [];
      const ctx = this.context(rule, template, undefined, tracker, out);
      this.isolated(rule, template.root, () => rule.template!.check({ ...ctx, template }));
      this.findings.push(...out);
    }
  }

  policyRules(policy: PolicyDocument, env: EvalEnv, template: Template | undefined): void {
    for (const rule of this.rules.policyRules) {
      if (!this.active(rule)) continue;
      if (rule.policy!.kinds && !rule.policy!.kinds.includes(policy.kind)) continue;
      const out: Finding[] = [];
      const ctx = this.context(rule, template, undefined, [], out, env);
      this.isolated(rule, policy.node, () => rule.policy!.check({ ...ctx, policy }));
      this.findings.push(...out);
    }
  }

  /** Reuses a rule's cached result for a resource when nothing it read has changed. */
  private fromCache(rule: RuleDefinition, res: Resource, template: Template, slot: 'r' | 'p'): boolean {
    const hit = res.cache.get(cacheKey(rule, slot)) as CacheEntry | undefined;
    if (!hit || hit.globalsKey !== template.globalsKey || hit.settingsKey !== this.settingsKey || !depsValid(hit.deps, template)) return false;
    this.stats.rulesCached++;
    for (const f of hit.findings) this.findings.push(f);
    return true;
  }

  private runCached(rule: RuleDefinition, res: Resource, template: Template, slot: 'r' | 'p', check: (ctx: BaseContext) => void): void {
    const key = cacheKey(rule, slot);
    const deps: Dep[] = [];
    const out: Finding[] = [];
    const ctx = this.context(rule, template, res, deps, out);
    const ok = this.isolated(rule, res.keyNode, () => check(ctx));
    if (ok) res.cache.set(key, { globalsKey: template.globalsKey, settingsKey: this.settingsKey, deps, findings: out });
    else res.cache.delete(key);
    this.findings.push(...out);
  }

  /** Runs a check; a crash becomes one internal-error problem and never stops the other rules. */
  private isolated(rule: RuleDefinition, at: Node, fn: () => void): boolean {
    this.stats.rulesRun++;
    try {
      fn();
      return true;
    } catch (e) {
      const err = e as Error;
      this.log(`Rule ${rule.meta.id} (${rule.meta.name}) crashed: ${err.stack ?? err.message}`);
      this.problems.push({ code: 'internal-error', message: `Internal error in rule ${rule.meta.id} ${rule.meta.name}: ${err.message}. Other rules still ran.`, severity: 'warning', offset: at.offset, length: at.length });
      return false;
    }
  }

  private context(rule: RuleDefinition, template: Template | undefined, resource: Resource | undefined, deps: Dep[], out: Finding[], envIn?: EvalEnv): BaseContext {
    const env: EvalEnv = envIn ?? { template };
    const meta = rule.meta;
    const severity = effectiveSeverity(meta, this.settings) as Severity;
    const userSet = severityFromSettings(meta, this.settings) !== undefined;
    const options = ruleOptions(meta, this.settings);
    const kind = this.kind;
    const trackRes = (id: string): Resource | undefined => {
      const r = template?.resources.get(id);
      if (id !== resource?.logicalId) deps.push({ k: 'res', id, r });
      return r;
    };
    return {
      template,
      env,
      kind,
      options,
      report: (r: Report) => out.push(makeFinding(meta, r.severity && !userSet ? r.severity : severity, r, resource, template)),
      value: (t) => evaluate(t === undefined ? undefined : 'missing' in t ? t.node : t, env),
      bool: (t) => {
        if (t === undefined) return 'unknown';
        if ('missing' in t) return t.missing ? 'unknown' : toTri(evaluate(t.node, env));
        return toTri(evaluate(t, env));
      },
      lookup: (start, path) => {
        if (start === undefined || !isVariant(start)) return lookup(start, path, env);
        if (start.missing) return [];
        const via = start.viaParameter;
        return lookup(start.node, path, env, start.conditions).map((v) => (v.viaParameter || !via ? v : { ...v, viaParameter: via }));
      },
      resolveRef: (node) => {
        const id = refTarget(node);
        return id ? trackRes(id) : undefined;
      },
      referrers: (target, ...types) => {
        const all = template?.referrersOf(target.logicalId) ?? [];
        deps.push({ k: 'list', key: `refs:${target.logicalId}`, list: all });
        return types.length === 0 ? [...all] : all.filter((r) => r.type !== undefined && types.includes(r.type));
      },
      resourcesOfType: (...types) => {
        const list = template ? template.resourcesOfType(...types) : [];
        deps.push({ k: 'list', key: `type:${types.join(',')}`, list });
        return [...list];
      },
      policiesOf: (r) => {
        if (r !== resource && r.logicalId) trackRes(r.logicalId);
        return policiesOf(r, env);
      },
    };
  }
}

const cacheKeys = new WeakMap<RuleDefinition, { r: string; p: string }>();
function cacheKey(rule: RuleDefinition, slot: 'r' | 'p'): string {
  let k = cacheKeys.get(rule);
  if (!k) {
    k = { r: `r:${rule.meta.id}`, p: `p:${rule.meta.id}` };
    cacheKeys.set(rule, k);
  }
  return k[slot];
}

function depsValid(deps: Dep[], template: Template): boolean {
  for (const d of deps) {
    if (d.k === 'res') {
      if (template.resources.get(d.id) !== d.r) return false;
    } else {
      const [kind, arg] = splitKey(d.key);
      const now = kind === 'refs' ? template.referrersOf(arg) : template.resourcesOfType(...(arg ? arg.split(',') : []));
      if (now === d.list) continue;
      if (now.length !== d.list.length) return false;
      for (let i = 0; i < now.length; i++) if (now[i] !== d.list[i]) return false;
    }
  }
  return true;
}

function splitKey(k: string): [string, string] {
  const i = k.indexOf(':');
  return [k.slice(0, i), k.slice(i + 1)];
}

function isVariant(t: Target): t is Variant {
  return 'missing' in t && 'conditions' in t;
}

/** Resolves a report target to the node a finding points at. */
export function targetNode(t: Target, resource: Resource | undefined): Node {
  if (!isVariant(t)) return t;
  if (!t.missing) return t.at;
  const n = t.at;
  if (resource && (n === resource.node || n === resource.properties)) return resource.keyNode;
  // A missing nested property: point at the key of the closest existing parent.
  const parent = n.parent;
  if (parent && isMap(parent) && typeof n.key === 'string') return parent.entry(n.key)?.keyNode ?? n;
  return n;
}

function fill(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => (data && k in data ? String(data[k]) : `{{${k}}}`));
}

function makeFinding(meta: RuleMeta, severity: Severity, r: Report, resource: Resource | undefined, template: Template | undefined): Finding {
  const node = targetNode(r.at, resource);
  const conditions: ConditionBranch[] = [...(isVariant(r.at) ? r.at.conditions : []), ...(r.conditions ?? [])];
  let message = fill(meta.messages[r.messageId] ?? r.messageId, r.data);
  const related = [...(r.related ?? [])];
  if (isVariant(r.at) && r.at.viaParameter && template) {
    const p = template.parameters.get(r.at.viaParameter);
    message += ` (from the Default of parameter ${r.at.viaParameter})`;
    if (p?.default) related.push({ node: p.default, message: `Default of parameter ${p.name}` });
  }
  const cond = describeConditions(conditions);
  if (cond) message += ` (${cond})`;
  const owner = resource ?? ownerResource(node, template);
  const cdkPath = owner?.cdkPath;
  return {
    ruleId: meta.id,
    ruleName: meta.name,
    category: meta.category,
    severity,
    message,
    node,
    resource: owner?.logicalId ?? statementLabel(node),
    resourceType: owner?.type,
    path: node.path,
    conditions,
    fixes: r.fixes ?? [],
    related,
    suppressed: undefined,
    constructPath: cdkPath,
  };
}

/** The resource a node sits in (for template-level rules). */
function ownerResource(node: Node, template: Template | undefined): Resource | undefined {
  const p = node.path;
  if (!template || p[0] !== 'Resources' || typeof p[1] !== 'string') return undefined;
  return template.resources.get(p[1]);
}

/** For standalone policies: the statement's Sid, or `Statement[i]`. */
function statementLabel(node: Node): string | undefined {
  let n: Node | undefined = node;
  while (n) {
    const parent: Node | undefined = n.parent;
    if (parent && isSeq(parent) && (parent.key === 'Statement' || parent.parent === undefined) && isMap(n)) {
      const sid = n.get('Sid');
      return isScalar(sid) && sid.value ? String(sid.value) : `Statement[${String(n.key)}]`;
    }
    if (parent && isMap(parent) && n.key === 'Statement' && isMap(n)) {
      const sid = n.get('Sid');
      return isScalar(sid) && sid.value ? String(sid.value) : 'Statement';
    }
    n = parent;
  }
  return undefined;
}
