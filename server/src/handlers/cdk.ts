/**
 * CDK apps in the editor: findings of the synthesized templates (`cdk.out`) shown on the line of the
 * app's source that created the construct, `new s3.Bucket(this, 'Uploads', {...})`.
 *
 * - Finds CDK apps in the workspace folders (a `cdk.json` with its `cdk.out/manifest.json`), analyses
 *   every template of the assembly (open or not) and publishes diagnostics on the `.ts`/`.js`/`.py`
 *   source files, with related information pointing at the template location.
 * - `shieldwall.cdkFindingsIn` chooses where findings appear: `source` (default: on the source; a template
 *   opened in the editor then leaves out the findings shown on the source, so nothing is said twice),
 *   `template`, or `both`. Findings that cannot be located in the source always stay on the template.
 *   Several findings of one rule on one construct (four public-access flags of one bucket) are one
 *   source diagnostic, with each template location as related information.
 * - Watches `cdk.out` (workspace/didChangeWatchedFiles, registered dynamically) and re-analyses an app
 *   CDK_DEBOUNCE_MS after the last change, so a `cdk synth` writing dozens of files costs one analysis.
 * - Code actions "Show in Synthesized Template" / "Go to CDK Source" run the server command
 *   `shieldwall.cdk.showLocation`, which asks the client to open the location (window/showDocument):
 *   no client code needed. For TypeScript/JavaScript sources whose construct props are a plain object
 *   literal, a quick fix inserts the rule's CDK property (rule `meta.cdk`) into it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  type DidChangeWatchedFilesParams,
  type ExecuteCommandParams,
  type Hover,
  type HoverParams,
  type InitializeParams,
  type Range,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import {
  CdkAssemblyCache,
  type CdkProject,
  type CdkSourceFinding,
  type ConstructSourceLocation,
  analyzeProject,
  cdkOutDirectoryOf,
  constructPathFor,
  locateInProject,
} from '../cdk';
import { AnalysisCache, type DocumentAnalysis } from '../engine/analysis-cache';
import type { Finding } from '../engine/finding';
import { ruleMarkdown } from '../engine/registry';
import { SEVERITIES, type Severity } from '../engine/rule-types';
import type { Settings } from '../engine/settings';
import { type CdkDiagnosticData, type DiagnosticData, SOURCE, cdkDiagnostic, insertTextAction, lspRange, navigationAction, withRelatedLocation } from '../lsp/convert';
import { type ServerState, fileNameOf } from './state';

/** Server command (client → server, workspace/executeCommand): show `arguments[0]` (a URI) at `arguments[1]` (a Range). */
export const CDK_SHOW_LOCATION_COMMAND = 'shieldwall.cdk.showLocation';
/** Commands to declare in `executeCommandProvider`. */
export const CDK_COMMANDS: readonly string[] = [CDK_SHOW_LOCATION_COMMAND];
/** Quiet time after the last `cdk.out` change before an app is re-analysed. */
export const CDK_DEBOUNCE_MS = 500;

/** Glob patterns registered for workspace/didChangeWatchedFiles. */
export const CDK_WATCH_PATTERNS: readonly string[] = ['**/cdk.out/**', '**/cdk.json'];

const SKIP_DIRECTORIES = new Set(['node_modules', '.git', 'cdk.out', '.venv', 'venv', '__pycache__', 'dist', 'out', 'build', 'coverage']);

/** What was last published for one app. */
interface ProjectState {
  readonly sourceUris: Set<string>;
  readonly templateUris: Set<string>;
  /** Source diagnostics by URI (for hover). */
  readonly sourceDiagnostics: Map<string, Diagnostic[]>;
}

export class CdkFindings {
  private readonly assemblies = new CdkAssemblyCache();
  private readonly engine: AnalysisCache;
  private folders: string[] = [];
  private readonly published = new Map<string, ProjectState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Runs in progress, by cdk.out directory, so tests (and shutdown) can wait for them. */
  private readonly running = new Map<string, Promise<void>>();
  private dynamicWatch = false;
  /**
   * Set by {@link initialize}. Until then (or when the server never calls it, e.g. in an untrusted
   * workspace) nothing is read from the workspace: no cdk.json, assembly or app source.
   */
  private enabled = false;

  constructor(
    private readonly state: ServerState,
    private readonly debounceMs = CDK_DEBOUNCE_MS,
  ) {
    this.engine = new AnalysisCache(state.rules, (m) => state.connection.console.error(m));
  }

  /** Reads the workspace folders and the client's file-watching capability (call from onInitialize). */
  initialize(params: InitializeParams): void {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = uris.flatMap((u) => {
      const p = fileNameOf(u);
      return p.startsWith('/') || /^[A-Za-z]:/.test(p) ? [p] : [];
    });
    if (this.folders.length === 0 && params.rootPath) this.folders = [params.rootPath];
    this.dynamicWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    this.enabled = true;
  }

  /** Registers the `cdk.out` watcher and analyses every app found (call from onInitialized). */
  async start(): Promise<void> {
    if (!this.enabled) return;
    if (this.dynamicWatch) {
      await this.state.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: CDK_WATCH_PATTERNS.map((globPattern) => ({ globPattern })) });
    }
    this.refreshAll();
  }

  /** Re-analyses every app (workspace folders rescanned), e.g. after a configuration change. */
  refreshAll(): void {
    if (!this.enabled) return;
    const dirs = new Set([...findCdkOutDirectories(this.folders), ...this.published.keys()]);
    for (const dir of dirs) this.schedule(dir, 0);
  }

  /** workspace/didChangeWatchedFiles: schedules the apps whose `cdk.out` or `cdk.json` changed. */
  watchedFilesChanged(params: DidChangeWatchedFilesParams): void {
    if (!this.enabled) return;
    const dirs = new Set<string>();
    for (const change of params.changes) {
      const dir = cdkOutOfChangedFile(fileNameOf(change.uri));
      if (dir !== undefined) dirs.add(dir);
    }
    for (const dir of dirs) this.schedule(dir);
  }

  /**
   * A document was closed (after its diagnostics were cleared): a CDK source file gets its diagnostics
   * back at once; for a template of a known app, the app is published again so the template keeps the
   * diagnostics cdkFindingsIn gives it.
   */
  documentClosed(uri: string): void {
    if (!this.enabled) return;
    // A CDK source file the client synced (its closing cleared its diagnostics): publish them again.
    for (const project of this.published.values()) {
      const list = project.sourceDiagnostics.get(uri);
      if (list) void this.state.connection.sendDiagnostics({ uri, diagnostics: list });
    }
    const file = fileNameOf(uri);
    const dir = file.endsWith('.json') ? cdkOutDirectoryOf(file) : undefined;
    if (dir && this.published.has(path.resolve(dir))) this.schedule(path.resolve(dir), 0);
  }

  /** Resolves when no analysis is scheduled or running (tests). */
  async idle(): Promise<void> {
    while (this.timers.size > 0 || this.running.size > 0) {
      await Promise.all([...this.running.values()]);
      if (this.timers.size > 0) await new Promise((r) => setTimeout(r, 20));
    }
  }

  private schedule(dir: string, delay = this.debounceMs): void {
    const old = this.timers.get(dir);
    if (old) clearTimeout(old);
    this.timers.set(
      dir,
      setTimeout(() => {
        this.timers.delete(dir);
        const previous = this.running.get(dir) ?? Promise.resolve();
        const run = previous
          .then(() => this.run(dir))
          .catch((e: Error) => this.state.connection.console.error(`[cdk] ${e.stack ?? e.message}`))
          .finally(() => {
            if (this.running.get(dir) === run) this.running.delete(dir);
          });
        this.running.set(dir, run);
      }, delay),
    );
  }

  private async run(dir: string): Promise<void> {
    this.assemblies.invalidate(dir);
    const project = this.assemblies.get(dir);
    if (!project) {
      this.clear(dir);
      return;
    }
    const settings = await this.state.settingsFor(URI.file(project.assembly.app.directory).toString());
    const results = analyzeProject(project, (file, text) => this.engine.analyze(file, file, text, settings), (id) => this.state.rules.get(id)?.meta.cdk);
    const findings = results.flatMap((r) => r.findings.filter((f) => !f.finding.suppressed));
    this.publish(dir, findings, results.map((r) => r.file), settings);
  }

  private publish(dir: string, findings: readonly CdkSourceFinding[], templates: readonly string[], settings: Settings): void {
    const mode = settings.cdkFindingsIn;
    const bySource = new Map<string, Diagnostic[]>();
    const byTemplate = new Map<string, Diagnostic[]>(templates.map((t) => [URI.file(t).toString(), []]));

    if (mode !== 'template') {
      // One diagnostic per rule per construct call.
      const groups = new Map<string, CdkSourceFinding[]>();
      for (const f of findings) {
        if (!f.source) continue;
        const key = `${f.source.file}\u0000${f.source.line}:${f.source.character}\u0000${f.finding.ruleId}`;
        const g = groups.get(key);
        if (g) g.push(f);
        else groups.set(key, [f]);
      }
      for (const group of groups.values()) {
        const first = group[0]!;
        const loc = first.source!;
        const uri = URI.file(loc.file).toString();
        const list = bySource.get(uri) ?? [];
        list.push(sourceDiagnostic(group, loc));
        bySource.set(uri, list);
      }
    }
    for (const f of findings) {
      if (mode === 'source' && f.source) continue;
      const uri = URI.file(f.template.file).toString();
      const related = f.source ? [{ uri: URI.file(f.source.file).toString(), range: callHeadRange(f.source), message: `CDK source: ${f.source.constructPath}` }] : [];
      byTemplate.get(uri)?.push(
        cdkDiagnostic({
          range: lspRange(f.template.range),
          severity: f.finding.severity,
          ruleId: f.finding.ruleId,
          ruleName: f.finding.ruleName,
          message: f.message,
          related,
          data: { ruleId: f.finding.ruleId, ...(f.constructPath ? { constructPath: f.constructPath } : {}), ...(related[0] ? { source: { uri: related[0].uri, range: related[0].range } } : {}) },
        }),
      );
    }

    const before = this.published.get(dir);
    const now: ProjectState = { sourceUris: new Set(bySource.keys()), templateUris: new Set(), sourceDiagnostics: bySource };
    const send = (uri: string, diagnostics: Diagnostic[]) => void this.state.connection.sendDiagnostics({ uri, diagnostics });
    for (const [uri, diagnostics] of bySource) send(uri, diagnostics);
    for (const [uri, diagnostics] of byTemplate) {
      // An open template gets its diagnostics from the diagnostics handler (see templateDecorator).
      if (this.state.documents.get(uri)) continue;
      now.templateUris.add(uri);
      send(uri, diagnostics);
    }
    for (const uri of before?.sourceUris ?? []) if (!now.sourceUris.has(uri)) send(uri, []);
    for (const uri of before?.templateUris ?? []) if (!now.templateUris.has(uri) && !this.state.documents.get(uri)) send(uri, []);
    this.published.set(dir, now);
  }

  private clear(dir: string): void {
    const before = this.published.get(dir);
    if (!before) return;
    for (const uri of before.sourceUris) void this.state.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const uri of before.templateUris) if (!this.state.documents.get(uri)) void this.state.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.delete(dir);
  }

  /**
   * For the diagnostics handler: how an open synthesized template shows its findings. With
   * cdkFindingsIn `source`, findings located in the app source are left out (they are shown there);
   * otherwise each gets the CDK remediation in its message and its source line as related information.
   * Undefined for documents that are not templates of a CDK assembly.
   */
  readonly templateDecorator = (uri: string, analysis: DocumentAnalysis, settings: Settings): ((f: Finding, d: Diagnostic) => Diagnostic | undefined) | undefined => {
    if (analysis.kind !== 'cdk') return undefined;
    const project = this.projectOf(uri);
    if (!project) return undefined;
    const file = fileNameOf(uri);
    return (f, d) => {
      const loc = this.locate(project, file, f);
      if (loc && settings.cdkFindingsIn === 'source') return undefined;
      const remediation = this.state.rules.get(f.ruleId)?.meta.cdk;
      const shown = remediation ? { ...d, message: `${d.message}. In CDK: ${remediation}` } : d;
      return loc ? withRelatedLocation(shown, URI.file(loc.file).toString(), callHeadRange(loc), `CDK source: ${loc.constructPath}`) : shown;
    };
  };

  /** Code actions: navigation between source and template, and inserting the CDK property (TS/JS). */
  codeActions(params: CodeActionParams): CodeAction[] {
    const actions: CodeAction[] = [];
    const only = params.context.only;
    if (only && !only.some((k) => 'quickfix'.startsWith(k))) return actions;
    const uri = params.textDocument.uri;
    const given = params.context.diagnostics.filter((d) => d.source === SOURCE && d.data);
    // VS Code (1.100) passes no diagnostics for a document whose diagnostics were published before it was
    // opened; the ones this handler published for the range are used then.
    const diagnostics = given.length > 0 ? given : this.sourceDiagnostics(uri).filter((d) => intersects(d.range, params.range));
    const shown = new Set<string>();
    for (const d of diagnostics) {
      const data = d.data as (CdkDiagnosticData & Partial<DiagnosticData>) | undefined;
      if (!data) continue;
      if (data.template) {
        // Several rules on one construct: one navigation action (to the first of them).
        const target = `${data.template.uri}#${data.constructPath ?? JSON.stringify(data.template.range)}`;
        if (!shown.has(target)) actions.push(navigationAction('Shieldwall: Show in Synthesized Template', CDK_SHOW_LOCATION_COMMAND, data.template.uri, data.template.range, d));
        shown.add(target);
        const fix = this.insertPropertyAction(uri, d, data.ruleId);
        if (fix) actions.push(fix);
      }
      let source = data.source;
      if (!source && typeof data.finding === 'number') {
        // A diagnostic of an open template, from the diagnostics handler: find its finding's source line.
        const latest = this.state.latest.get(uri);
        const f = latest && latest.version === data.version ? latest.analysis.findings[data.finding] : undefined;
        const project = f ? this.projectOf(uri) : undefined;
        const loc = f && project ? this.locate(project, fileNameOf(uri), f) : undefined;
        if (loc) source = { uri: URI.file(loc.file).toString(), range: callHeadRange(loc) };
      }
      if (source) actions.push(navigationAction('Shieldwall: Go to CDK Source', CDK_SHOW_LOCATION_COMMAND, source.uri, source.range, d));
    }
    return actions;
  }

  /** workspace/executeCommand for {@link CDK_COMMANDS}. */
  async executeCommand(params: ExecuteCommandParams): Promise<boolean> {
    if (params.command !== CDK_SHOW_LOCATION_COMMAND) return false;
    const [uri, range] = (params.arguments ?? []) as [unknown, unknown];
    if (typeof uri !== 'string' || !isRange(range)) return false;
    const result = await this.state.connection.window.showDocument({ uri, selection: range, takeFocus: true });
    return result.success;
  }

  /** Hover on a CDK source diagnostic: the rule's documentation, which names the CDK property that fixes it. */
  hover(params: HoverParams): Hover | null {
    for (const project of this.published.values()) {
      const list = project.sourceDiagnostics.get(params.textDocument.uri);
      if (!list) continue;
      const hits = list.filter((d) => contains(d.range, params.position));
      const parts = hits.flatMap((d) => {
        const rule = this.state.rules.get(String(d.code));
        return rule ? [`${d.message}\n\n${ruleMarkdown(rule)}`] : [];
      });
      if (parts.length > 0) return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: hits[0]!.range };
    }
    return null;
  }

  /** The diagnostics published on one source file (tests, hover). */
  sourceDiagnostics(uri: string): Diagnostic[] {
    for (const project of this.published.values()) {
      const list = project.sourceDiagnostics.get(uri);
      if (list) return list;
    }
    return [];
  }

  private projectOf(uri: string): CdkProject | undefined {
    if (!this.enabled) return undefined;
    const file = fileNameOf(uri);
    const dir = file.endsWith('.json') ? cdkOutDirectoryOf(file) : undefined;
    return dir ? this.assemblies.get(dir) : undefined;
  }

  private locate(project: CdkProject, templateFile: string, f: Finding): ConstructSourceLocation | undefined {
    const constructPath = f.constructPath ?? (f.resource ? constructPathFor(project.assembly, templateFile, f.resource) : undefined);
    return constructPath ? locateInProject(project, constructPath) : undefined;
  }

  /**
   * `Add <prop> to the props of <construct>`: for a rule whose CDK remediation is a `name: value`
   * property, on a TypeScript/JavaScript construct call whose props argument is an object literal
   * without that property (or absent). Not offered otherwise.
   */
  private insertPropertyAction(uri: string, d: Diagnostic, ruleId: string): CodeAction | undefined {
    const remediation = this.state.rules.get(ruleId)?.meta.cdk;
    const m = remediation ? /^([A-Za-z_$][\w$]*)\s*:\s*(.+)$/.exec(remediation) : null;
    if (!m || !selfContained(m[2]!)) return undefined;
    const file = fileNameOf(uri);
    if (!/\.[cm]?[jt]sx?$/.test(file)) return undefined;
    const open = this.state.documents.get(uri);
    let text: string;
    try {
      text = open ? open.getText() : fs.readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    // `s3.BucketEncryption.S3_MANAGED` needs `s3` imported in this file.
    const namespace = /^([A-Za-z_$][\w$]*)\./.exec(m[2]!)?.[1];
    if (namespace && !new RegExp(`import\\s+(\\*\\s+as\\s+${namespace}\\b|\\{[^}]*\\b${namespace}\\b)|\\b${namespace}\\s*=\\s*require\\(`).test(text)) return undefined;
    const insertion = propertyInsertion(text, d.range, m[1]!, m[2]!);
    if (!insertion) return undefined;
    return insertTextAction(`Shieldwall: Add \`${m[1]}: ${m[2]}\` to the construct props`, uri, open?.version ?? null, insertion.position, insertion.text, d);
  }
}

/**
 * A property value that can be inserted as is: a literal, or a qualified enum member such as
 * `s3.BucketEncryption.S3_MANAGED`; not a bare variable name (`accessLogsBucket`) the file may not have.
 */
function selfContained(value: string): boolean {
  return /^(true|false|\d+|'[^'\\]*'|"[^"\\]*")$/.test(value) || /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(value);
}

/** One source diagnostic for the findings of one rule on one construct call. */
function sourceDiagnostic(group: readonly CdkSourceFinding[], loc: ConstructSourceLocation): Diagnostic {
  const first = group[0]!;
  const worst = group.reduce((a, b) => (SEVERITIES.indexOf(b.finding.severity) < SEVERITIES.indexOf(a.finding.severity) ? b : a));
  const more = group.length > 1 ? ` (+${group.length - 1} more in the template)` : '';
  const severity: Severity = worst.finding.severity;
  return cdkDiagnostic({
    range: callHeadRange(loc),
    severity,
    ruleId: first.finding.ruleId,
    ruleName: first.finding.ruleName,
    message: `${worst.message}${more}`,
    related: group.map((f) => ({
      uri: URI.file(f.template.file).toString(),
      range: lspRange(f.template.range),
      message: `Synthesized: ${path.basename(f.template.file)} ${f.finding.resource ?? ''} ${f.finding.path.slice(2).join('.')}`.trim(),
    })),
    data: {
      ruleId: first.finding.ruleId,
      ...(first.constructPath ? { constructPath: first.constructPath } : {}),
      template: { uri: URI.file(worst.template.file).toString(), range: lspRange(worst.template.range) },
    },
  });
}

/**
 * The part of a construct call the diagnostic covers: from `new` to the end of the id literal when it is
 * on the same line (`new s3.Bucket(this, 'Uploads'`), else the call's first line.
 */
function callHeadRange(loc: ConstructSourceLocation): Range {
  const start = loc.range.start;
  const id = loc.idRange;
  if (id && id.end.line === start.line) return lspRange({ start, end: id.end });
  if (loc.range.end.line === start.line) return lspRange(loc.range);
  return lspRange({ start, end: { line: start.line, character: start.character + 3 } });
}

/**
 * Where to insert `name: value` into the props of the construct call starting at `range.start`: after
 * the `{` of an object-literal props argument that has no `name` property yet, or a new `{ ... }`
 * argument when the call has only scope and id. Undefined when the props are anything else.
 */
export function propertyInsertion(text: string, range: Range, name: string, value: string): { position: { line: number; character: number }; text: string } | undefined {
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < range.start.line; i++) offset += (lines[i]?.length ?? 0) + 1;
  offset += range.start.character;
  const open = text.indexOf('(', offset);
  if (open < 0) return undefined;
  // Skip the scope and the id argument (a string literal).
  const idMatch = /^\(\s*[\w$.]+\s*,\s*(['"`])(?:(?!\1)[^\\\n]|\\.)*\1\s*/.exec(text.slice(open));
  if (!idMatch) return undefined;
  let i = open + idMatch[0].length;
  const posOf = (off: number) => {
    const before = text.slice(0, off);
    const line = before.split('\n').length - 1;
    return { line, character: off - (before.lastIndexOf('\n') + 1) };
  };
  if (text[i] === ')') return { position: posOf(i), text: `, { ${name}: ${value} }` };
  if (text[i] !== ',') return undefined;
  i++;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] === ')') return { position: posOf(i), text: `{ ${name}: ${value} }` };
  if (text[i] !== '{') return undefined;
  const close = matchingBrace(text, i);
  if (close === undefined) return undefined;
  const body = text.slice(i + 1, close);
  if (new RegExp(`(^|[\\s,{])${name.replace(/\$/g, '\\$')}\\s*[:,}]|(^|[\\s,{])\\.\\.\\.`).test(body)) return undefined;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  const indent = /^\s*/.exec(text.slice(lineStart))![0];
  if (!body.includes('\n')) return { position: posOf(i + 1), text: body.trim() === '' ? ` ${name}: ${value} ` : ` ${name}: ${value},` };
  const firstProp = /\n([ \t]*)\S/.exec(body);
  const propIndent = firstProp ? firstProp[1]! : `${indent}  `;
  return { position: posOf(i + 1), text: `\n${propIndent}${name}: ${value},` };
}

/** Offset of the `}` closing the `{` at `open`, skipping strings, template literals and comments. */
function matchingBrace(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) return undefined;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1;
      if (i <= 0) return undefined;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return undefined;
}

/** `cdk.out` directories of the CDK apps (a `cdk.json`, and its output directory with a manifest) under `folders`. */
export function findCdkOutDirectories(folders: readonly string[], maxDepth = 4): string[] {
  const found: string[] = [];
  let budget = 5000;
  const visit = (dir: string, depth: number) => {
    if (budget-- <= 0) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === 'cdk.json')) {
      const out = path.join(dir, outputOf(path.join(dir, 'cdk.json')));
      if (fs.existsSync(path.join(out, 'manifest.json'))) found.push(out);
    }
    if (depth >= maxDepth) return;
    for (const e of entries) if (e.isDirectory() && !SKIP_DIRECTORIES.has(e.name) && !e.name.startsWith('.')) visit(path.join(dir, e.name), depth + 1);
  };
  for (const f of folders) visit(path.resolve(f), 0);
  return found;
}

/** cdk.json's `output` directory (default `cdk.out`). */
function outputOf(cdkJson: string): string {
  try {
    const o = (JSON.parse(fs.readFileSync(cdkJson, 'utf8')) as { output?: unknown }).output;
    return typeof o === 'string' && o !== '' ? o : 'cdk.out';
  } catch {
    return 'cdk.out';
  }
}

/** The app's `cdk.out` for a changed file: the first `cdk.out` directory on its path, or the output of a changed `cdk.json`. */
export function cdkOutOfChangedFile(file: string): string | undefined {
  if (path.basename(file) === 'cdk.json') return path.join(path.dirname(file), outputOf(file));
  const parts = file.split(/[\\/]/);
  const i = parts.indexOf('cdk.out');
  if (i < 0) return undefined;
  return parts.slice(0, i + 1).join(path.sep) || undefined;
}

function isRange(r: unknown): r is Range {
  const x = r as Range | undefined;
  return typeof x?.start?.line === 'number' && typeof x.start.character === 'number' && typeof x.end?.line === 'number' && typeof x.end.character === 'number';
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function contains(r: Range, p: { line: number; character: number }): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}
