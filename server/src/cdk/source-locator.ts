/**
 * Maps a construct path (`DemoStack/Uploads/Resource`) to the line of the CDK app that created it.
 *
 * Two sources, in order:
 * 1. Stack traces recorded in the cloud assembly: `aws:cdk:creationStack` metadata (recorded for every
 *   L1 and Stack unless the app disabled it) and `validation-report.json` stackTraces. The innermost
 *   user frame is the line that created the construct (or, for resources an L2 adds later such as a
 *   grant's policy, the line that caused it). Frames recorded on another machine are re-rooted onto the
 *   app directory by their longest matching path suffix.
 * 2. Scanning the app's sources for `new X(this, 'Id', ...)` (TypeScript/JavaScript) and
 *   `X(self, "Id", ...)` (Python), walking the construct path from the app down: the stack id is looked up
 *   among all calls (preferring the entry file named in cdk.json and files it imports, and non-test
 *   files), each further id inside the class the previous call instantiated (and its base classes), or
 *   after a library construct, among calls whose scope is the variable that construct was assigned to.
 *   The deepest segment found wins; library-internal children (`Resource`, `Default`, ...) are never in
 *   user code, so `DemoStack/Uploads/Resource` resolves to the `new s3.Bucket(this, 'Uploads', ...)` call.
 *
 * Workspace code is only read, never executed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CloudAssembly } from './cloud-assembly';
import { callExtentAt, languageOf, scanSource } from './source-scanner';
import type { ScannedCall, ScannedClass, ScannedSource, SourceLanguage } from './source-scanner';
import { userFrames } from './stack-trace';
import type { StackFrame } from './stack-trace';

/** A 0-based position; `character` counts UTF-16 code units (LSP's default encoding). */
export interface SourcePosition {
  readonly line: number;
  readonly character: number;
}

/** A range of source text, end exclusive. */
export interface SourceRange {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

/** Where a construct was created in the app's source. */
export interface ConstructSourceLocation {
  /** Absolute path of the source file. */
  readonly file: string;
  /** 0-based line of the call (same as `range.start.line`). */
  readonly line: number;
  /** 0-based UTF-16 character of the call (same as `range.start.character`). */
  readonly character: number;
  /** The whole call expression, `new s3.Bucket(this, 'Uploads', {...})` (or the frame's position when
   * no call could be parsed there). */
  readonly range: SourceRange;
  /** The id string literal (quotes included), when the call is a construct call. */
  readonly idRange: SourceRange | undefined;
  /**
   * The construct path of the construct this call creates, a prefix of the requested path
   * (`DemoStack/Uploads` for `DemoStack/Uploads/Resource`). For a stack-trace location that points at a
   * call which is not a construct call (a grant, an `addToPolicy`), the requested path.
   */
  readonly constructPath: string;
  /** How it was found. */
  readonly via: 'creation-stack' | 'validation-report' | 'source-scan';
}

/** One source file of the app, scanned. */
export interface AppSourceFile {
  /** Absolute path. */
  readonly file: string;
  readonly language: SourceLanguage;
  readonly text: string;
  readonly scan: ScannedSource;
  /** Named by the cdk.json app command, or imported (transitively, relative imports) from such a file. */
  readonly reachable: boolean;
  /** Looks like a test (`test/`, `tests/`, `*.test.ts`, `test_*.py`, ...). */
  readonly test: boolean;
}

/** The scanned sources of a CDK app. */
export interface AppSources {
  /** Absolute app directory. */
  readonly directory: string;
  /** Entry files named by the cdk.json app command (absolute), when found. */
  readonly entryFiles: readonly string[];
  readonly files: readonly AppSourceFile[];
  /** Class declarations by name across all files. */
  readonly classes: ReadonlyMap<string, ReadonlyArray<{ readonly file: AppSourceFile; readonly cls: ScannedClass }>>;
}

/** Options for {@link loadAppSources}. */
export interface LoadAppSourcesOptions {
  /** The cdk.json `app` command; entry files are taken from it. */
  readonly command?: string | undefined;
  /** At most this many files are read (default 2000). */
  readonly maxFiles?: number;
  /** Larger files are skipped (default 1 MiB). */
  readonly maxFileBytes?: number;
}

const SKIP_DIRECTORIES = new Set([
  'node_modules', '.git', '.hg', '.svn', 'cdk.out', '.venv', 'venv', 'env', '.env', '__pycache__', '.tox',
  '.mypy_cache', '.pytest_cache', '.idea', '.vscode', 'coverage', '.nyc_output',
]);
const TEST_PATH = /(^|[/\\])(tests?|__tests__|spec)[/\\]|\.(test|spec)\.[cm]?[jt]sx?$|(^|[/\\])test_[^/\\]*\.py$|_test\.py$/;

/** Entry files named in a cdk.json app command (`npx ts-node --prefer-ts-exts bin/app.ts`, `python3 app.py`). */
export function entryFilesFromCommand(directory: string, command: string): string[] {
  const result: string[] = [];
  for (const word of command.split(/\s+/)) {
    const cleaned = word.replace(/^['"]|['"]$/g, '');
    if (languageOf(cleaned) === undefined) continue;
    const file = path.resolve(directory, cleaned);
    if (fs.existsSync(file)) result.push(file);
    else {
      // `node lib/app.js` built from `lib/app.ts`, or `bin/app.js` from `bin/app.ts`.
      const ts = file.replace(/\.[cm]?js$/, '.ts');
      if (ts !== file && fs.existsSync(ts)) result.push(ts);
    }
  }
  return result;
}

function listSourceFiles(directory: string, maxFiles: number): string[] {
  const files: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (files.length >= maxFiles || depth > 12) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      if (files.length >= maxFiles) return;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Any directory holding a cloud assembly (cdk.out under another name) is output, not source.
        if (SKIP_DIRECTORIES.has(entry.name) || entry.name.startsWith('cdk.out')) continue;
        if (fs.existsSync(path.join(full, 'manifest.json')) && fs.existsSync(path.join(full, 'tree.json'))) continue;
        walk(full, depth + 1);
      } else if (entry.isFile() && languageOf(entry.name) !== undefined) {
        // Compiled JavaScript next to its TypeScript source (the cdk init layout) is a duplicate.
        if (/\.[cm]?js$/.test(entry.name) && names.has(entry.name.replace(/\.[cm]?js$/, '.ts'))) continue;
        files.push(full);
      }
    }
  };
  walk(directory, 0);
  return files;
}

function resolveImport(fromFile: string, spec: string, language: SourceLanguage, appDir: string, known: Set<string>): string | undefined {
  const candidates: string[] = [];
  if (language === 'python') {
    // `from .audited_bucket import X` (relative) or `from stacks.demo_stack import X` (from the app dir).
    const dots = /^\.+/.exec(spec)?.[0].length ?? 0;
    const rest = spec.slice(dots).split('.').filter((s) => s.length > 0);
    let base = dots > 0 ? path.dirname(fromFile) : appDir;
    for (let d = 1; d < dots; d++) base = path.dirname(base);
    const roots = dots > 0 ? [base] : [appDir, path.dirname(fromFile)];
    for (const root of roots) {
      const joined = path.join(root, ...rest);
      candidates.push(`${joined}.py`, path.join(joined, '__init__.py'));
    }
  } else {
    if (!spec.startsWith('.')) return undefined;
    const joined = path.resolve(path.dirname(fromFile), spec);
    const stem = joined.replace(/\.[cm]?js$/, '');
    for (const ext of ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx']) candidates.push(stem + ext);
    candidates.push(joined);
    for (const ext of ['.ts', '.js']) candidates.push(path.join(joined, `index${ext}`));
  }
  return candidates.find((c) => known.has(c));
}

/**
 * Reads and scans the source files of the CDK app in `directory` (skipping node_modules, cdk.out,
 * virtualenvs and compiled JavaScript next to its TypeScript). Never executes anything.
 */
export function loadAppSources(directory: string, options: LoadAppSourcesOptions = {}): AppSources {
  const root = path.resolve(directory);
  const maxFiles = options.maxFiles ?? 2000;
  const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
  const entryFiles = options.command !== undefined ? entryFilesFromCommand(root, options.command) : [];
  const listed = listSourceFiles(root, maxFiles);
  for (const entry of entryFiles) if (!listed.includes(entry)) listed.unshift(entry);

  const scanned: Array<Omit<AppSourceFile, 'reachable'>> = [];
  for (const file of listed) {
    const language = languageOf(file);
    if (language === undefined) continue;
    let text: string;
    try {
      if (fs.statSync(file).size > maxFileBytes) continue;
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    scanned.push({ file, language, text, scan: scanSource(text, language), test: TEST_PATH.test(path.relative(root, file)) });
  }

  // Files reachable from the entry files through relative imports.
  const known = new Set(scanned.map((f) => f.file));
  const byFile = new Map(scanned.map((f) => [f.file, f]));
  const reachable = new Set<string>();
  const queue = [...entryFiles];
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || reachable.has(file)) continue;
    reachable.add(file);
    const source = byFile.get(file);
    if (source === undefined) continue;
    for (const spec of source.scan.imports) {
      const target = resolveImport(file, spec, source.language, root, known);
      if (target !== undefined && !reachable.has(target)) queue.push(target);
    }
  }

  const files: AppSourceFile[] = scanned.map((f) => ({ ...f, reachable: reachable.has(f.file) }));
  const classes = new Map<string, Array<{ file: AppSourceFile; cls: ScannedClass }>>();
  for (const file of files) {
    for (const cls of file.scan.classes) {
      const list = classes.get(cls.name) ?? [];
      list.push({ file, cls });
      classes.set(cls.name, list);
    }
  }
  return { directory: root, entryFiles, files, classes };
}

// ---------------------------------------------------------------------------------------------------
// Positions

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Converts a UTF-16 offset to a 0-based line/character position. */
export function positionAt(text: string, offset: number): SourcePosition {
  const starts = lineStarts(text);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - (starts[lo] ?? 0) };
}

function offsetAt(text: string, line: number, character: number): number | undefined {
  const starts = lineStarts(text);
  const start = starts[line];
  if (start === undefined) return undefined;
  const next = starts[line + 1] ?? text.length + 1;
  return Math.min(start + character, next - 1);
}

function rangeOf(text: string, start: number, end: number): SourceRange {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

// ---------------------------------------------------------------------------------------------------
// Source scan

type Candidate = { readonly file: AppSourceFile; readonly call: ScannedCall };

function enclosingClasses(file: AppSourceFile, offset: number): ScannedClass[] {
  return file.scan.classes.filter((c) => c.start <= offset && offset < c.end);
}

/** The user classes `name` refers to, with their user-declared base classes (a stack may inherit ids). */
function classWithBases(sources: AppSources, name: string): Array<{ file: AppSourceFile; cls: ScannedClass }> {
  const result: Array<{ file: AppSourceFile; cls: ScannedClass }> = [];
  const seen = new Set<string>();
  const queue = [name];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    for (const entry of sources.classes.get(next) ?? []) {
      result.push(entry);
      const base = entry.cls.extends?.split('.').pop();
      if (base !== undefined) queue.push(base);
    }
  }
  return result;
}

function callsWithId(sources: AppSources, id: string): Candidate[] {
  const result: Candidate[] = [];
  for (const file of sources.files) for (const call of file.scan.calls) if (call.id === id) result.push({ file, call });
  return result;
}

/** Lower is better: reachable from cdk.json's entry, not a test. */
function fileRank(file: AppSourceFile): number {
  return (file.reachable ? 0 : 1) + (file.test ? 2 : 0);
}

function best(candidates: readonly Candidate[], extraRank: (c: Candidate) => number = () => 0): Candidate | undefined {
  let chosen: Candidate | undefined;
  let chosenRank = Infinity;
  for (const candidate of candidates) {
    const rank = fileRank(candidate.file) * 10 + extraRank(candidate);
    if (rank < chosenRank) {
      chosen = candidate;
      chosenRank = rank;
    }
  }
  return chosen;
}

/** Construct path segments as written by the user: `Storage.NestedStack` is the scope of NestedStack `Storage`. */
function userSegments(constructPath: string): string[] {
  const segments: string[] = [];
  for (const segment of constructPath.split('/')) {
    if (segment.length === 0) continue;
    if (segment.endsWith('.NestedStackResource')) break;
    segments.push(segment.endsWith('.NestedStack') ? segment.slice(0, -'.NestedStack'.length) : segment);
  }
  return segments;
}

type ScanState =
  | { readonly kind: 'top' }
  | { readonly kind: 'class'; readonly classes: ReadonlyArray<{ file: AppSourceFile; cls: ScannedClass }> }
  | { readonly kind: 'variable'; readonly file: AppSourceFile; readonly within: readonly ScannedClass[]; readonly names: readonly string[] };

function step(sources: AppSources, state: ScanState, id: string): Candidate | undefined {
  const all = callsWithId(sources, id);
  if (all.length === 0) return undefined;
  switch (state.kind) {
    case 'top':
      // A stack or stage: prefer calls outside any class (the app file), then by file rank.
      return best(all, (c) => (enclosingClasses(c.file, c.call.start).length > 0 ? 1 : 0));
    case 'class': {
      const inside = all.filter((c) =>
        state.classes.some((k) => k.file === c.file && k.cls.start <= c.call.start && c.call.start < k.cls.end),
      );
      if (inside.length > 0) return inside[0];
      // Created outside the class body (a helper function given `this`): accept only an unambiguous call.
      const outside = all.filter((c) => c.call.scope !== 'app' && enclosingClasses(c.file, c.call.start).length === 0);
      return outside.length === 1 ? outside[0] : undefined;
    }
    case 'variable': {
      const matches = all.filter(
        (c) =>
          c.file === state.file &&
          state.names.includes(c.call.scope) &&
          (state.within.length === 0 || state.within.some((k) => k.start <= c.call.start && c.call.start < k.end)),
      );
      return matches[0];
    }
  }
}

function nextState(sources: AppSources, found: Candidate): ScanState | undefined {
  const user = classWithBases(sources, found.call.calleeName);
  if (user.length > 0) return { kind: 'class', classes: user };
  // A library construct (e.g. `new Construct(this, 'Group')`): its children can still be the user's
  // when created with the variable it was assigned to as scope.
  const assigned = found.call.assignedTo;
  if (assigned === undefined) return undefined;
  const bare = assigned.replace(/^(this|self)\./, '');
  const names = assigned === bare ? [bare] : [assigned, bare];
  return { kind: 'variable', file: found.file, within: enclosingClasses(found.file, found.call.start), names };
}

function locationOf(found: Candidate, constructPath: string, via: ConstructSourceLocation['via']): ConstructSourceLocation {
  const { text } = found.file;
  const range = rangeOf(text, found.call.start, found.call.end);
  return {
    file: found.file.file,
    line: range.start.line,
    character: range.start.character,
    range,
    idRange: rangeOf(text, found.call.idStart, found.call.idEnd),
    constructPath,
    via,
  };
}

/**
 * Finds where the construct at `constructPath` is created by scanning the app's sources (no stack
 * traces). Returns the deepest construct of the path that was found in user code, or undefined.
 */
export function locateConstructInSources(sources: AppSources, constructPath: string): ConstructSourceLocation | undefined {
  const segments = userSegments(constructPath);
  let state: ScanState | undefined = { kind: 'top' };
  let found: { candidate: Candidate; depth: number } | undefined;
  for (let depth = 0; depth < segments.length && state !== undefined; depth++) {
    const candidate = step(sources, state, segments[depth] ?? '');
    if (candidate === undefined) break;
    found = { candidate, depth };
    state = nextState(sources, candidate);
  }
  if (found === undefined) return undefined;
  return locationOf(found.candidate, segments.slice(0, found.depth + 1).join('/'), 'source-scan');
}

// ---------------------------------------------------------------------------------------------------
// Stack traces

/**
 * The file a recorded frame refers to on this machine. Traces hold absolute paths of the machine that
 * synthesized (a CI runner, a container, another checkout), so, in order: the recorded path when it is
 * inside the app directory; the app source file sharing the longest path suffix with it (file name and
 * at least one directory); the recorded path when it exists (code outside the app, e.g. a monorepo
 * library); an app source file with the same unique file name.
 */
export function resolveTraceFile(sources: AppSources, recorded: string): string | undefined {
  const absolute = path.resolve(sources.directory, recorded);
  const inside = absolute.startsWith(sources.directory + path.sep);
  if (inside && fs.existsSync(absolute)) return absolute;
  const wanted = recorded.replace(/\\/g, '/').split('/').filter((s) => s.length > 0);
  let bestFile: string | undefined;
  let bestLength = 0;
  let tie = false;
  for (const file of sources.files) {
    const parts = file.file.replace(/\\/g, '/').split('/');
    let length = 0;
    while (
      length < wanted.length &&
      length < parts.length &&
      wanted[wanted.length - 1 - length] === parts[parts.length - 1 - length]
    ) {
      length++;
    }
    if (length === 0) continue;
    if (length > bestLength) {
      bestFile = file.file;
      bestLength = length;
      tie = false;
    } else if (length === bestLength) {
      tie = true;
    }
  }
  const unique = bestFile !== undefined && !tie ? bestFile : undefined;
  if (unique !== undefined && bestLength >= 2) return unique;
  if (fs.existsSync(absolute)) return absolute;
  return unique;
}

/** The recorded trace for a construct: its own creation stack, its L1 child's, or a validation report's. */
function recordedTrace(
  assembly: CloudAssembly,
  constructPath: string,
): { frames: StackFrame[]; via: 'creation-stack' | 'validation-report' } | undefined {
  for (const candidate of [constructPath, `${constructPath}/Resource`, `${constructPath}/Default`]) {
    const trace = assembly.creationStacks.get(candidate);
    const frames = trace === undefined ? [] : userFrames(trace);
    if (frames.length > 0) return { frames, via: 'creation-stack' };
  }
  for (const candidate of [constructPath, `${constructPath}/Resource`]) {
    const violation = assembly.violations.find((v) => v.constructPath === candidate && v.stackTrace.length > 0);
    const frames = violation === undefined ? [] : userFrames(violation.stackTrace);
    if (frames.length > 0) return { frames, via: 'validation-report' };
  }
  return undefined;
}

function locateFromTrace(
  sources: AppSources,
  assembly: CloudAssembly,
  constructPath: string,
): ConstructSourceLocation | undefined {
  const recorded = recordedTrace(assembly, constructPath);
  if (recorded === undefined) return undefined;
  for (const frame of recorded.frames) {
    const located = locateFrame(sources, frame, constructPath, recorded.via);
    if (located === 'skip') continue;
    return located;
  }
  return undefined;
}

/**
 * The location of one frame; 'skip' when the frame is a `super(...)` call (a NestedStack creates its
 * stack resource in its constructor: the creation site is the caller's frame).
 */
function locateFrame(
  sources: AppSources,
  frame: StackFrame,
  constructPath: string,
  via: 'creation-stack' | 'validation-report',
): ConstructSourceLocation | 'skip' | undefined {
  const file = resolveTraceFile(sources, frame.file);
  if (file === undefined) return undefined;
  // A frame in compiled JavaScript next to its TypeScript (no source maps at synth time) has JS line
  // numbers; the source scan is more accurate then.
  if (/\.[cm]?js$/.test(file) && fs.existsSync(file.replace(/\.[cm]?js$/, '.ts'))) return undefined;
  const source = sources.files.find((f) => f.file === file);
  let text: string;
  try {
    text = source?.text ?? fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const language = source?.language ?? languageOf(file);
  let offset = offsetAt(text, frame.line - 1, Math.max(0, (frame.column ?? 1) - 1));
  if (offset === undefined || language === undefined) return undefined;
  // Frames without a column (a Python host through jsii) name a line: start at its first non-blank.
  if (frame.column === undefined) {
    while (offset < text.length && (text[offset] === ' ' || text[offset] === '\t')) offset++;
  }
  if (/^super\b/.test(text.slice(offset, offset + 6))) return 'skip';

  // Prefer the construct call that starts at the frame, to report its id and the construct path it creates.
  // Without a column, a construct call starting on that line, or the innermost one spanning it.
  const segments = userSegments(constructPath);
  const at = offset;
  const call =
    source?.scan.calls.find((c) => c.start === at) ??
    (frame.column === undefined ? innermostCallAround(source?.scan.calls ?? [], at, text) : undefined);
  if (source !== undefined && call !== undefined) {
    const depth = segments.lastIndexOf(call.id);
    const prefix = depth >= 0 ? segments.slice(0, depth + 1).join('/') : constructPath;
    return locationOf({ file: source, call }, prefix, via);
  }
  const extent = callExtentAt(text, language, offset);
  const range = extent !== undefined ? rangeOf(text, extent[0], extent[1]) : rangeOf(text, offset, offset);
  return {
    file,
    line: range.start.line,
    character: range.start.character,
    range,
    idRange: undefined,
    constructPath,
    via,
  };
}

/** A construct call starting on the line of `offset`, else the innermost one whose extent contains it. */
function innermostCallAround(calls: readonly ScannedCall[], offset: number, text: string): ScannedCall | undefined {
  const lineEnd = text.indexOf('\n', offset);
  const onLine = calls.find((c) => c.start >= offset && c.start < (lineEnd < 0 ? text.length : lineEnd));
  if (onLine !== undefined) return onLine;
  let best: ScannedCall | undefined;
  for (const c of calls) {
    if (c.start <= offset && offset < c.end && (best === undefined || c.start > best.start)) best = c;
  }
  return best;
}

/** Options for {@link locateConstructSource}. */
export interface LocateOptions {
  /** Pre-loaded app sources (reuse across many lookups); loaded from `assembly.app` when omitted. */
  readonly sources?: AppSources;
  /** Skip stack traces and only scan sources. */
  readonly ignoreStackTraces?: boolean;
}

/**
 * Where in the app's source the construct at `constructPath` was created: first from stack traces the
 * assembly recorded, then by scanning the app sources (see the module comment). Undefined when neither
 * finds it.
 */
export function locateConstructSource(
  assembly: CloudAssembly,
  constructPath: string,
  options: LocateOptions = {},
): ConstructSourceLocation | undefined {
  const sources = options.sources ?? loadAppSources(assembly.app.directory, { command: assembly.app.command });
  const fromTrace = options.ignoreStackTraces === true ? undefined : locateFromTrace(sources, assembly, constructPath);
  return fromTrace ?? locateConstructInSources(sources, constructPath);
}
