/**
 * The "Findings" tree view (Shieldwall view container): every Shieldwall finding grouped by severity,
 * category or file (switchable from the view's title bar), with counts, click-to-reveal and the rule's
 * documentation in the tooltip.
 *
 * It is built from `vscode.languages.getDiagnostics()` filtered by source `shieldwall`, not from a
 * server notification: the diagnostics are what the Problems panel shows, and they come from three
 * publishers (open documents, the workspace scan, CDK app sources). Reading them back keeps the view and
 * the Problems panel identical by construction, clears entries exactly when VS Code does (file closed,
 * server restarted), and needs no second copy of the findings to keep in sync. The Shieldwall severity
 * (critical/high/... rather than the four LSP levels) and category come from Diagnostic.data, or from
 * the rule catalogue.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RULE_DOC_REQUEST, type RuleDocResult } from '../../../server/src/handlers/protocol';
import { type RuleCatalog, SEVERITIES, type Severity } from './rule-catalog';

export const VIEW_ID = 'shieldwall.findings';
export type GroupBy = 'severity' | 'category' | 'file';
const GROUP_KEY = 'shieldwall.findings.groupBy';

/** One Shieldwall diagnostic. */
export interface Entry {
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
  ruleId: string;
  severity: Severity;
  category: string;
}

export type FindingsNode = { kind: 'group'; groupBy: GroupBy; key: string; entries: Entry[] } | { kind: 'finding'; entry: Entry; showFile: boolean };

/** The LSP level each Shieldwall severity is published with (server/src/lsp/convert.ts lspSeverity). */
const LEVEL: Record<Severity, vscode.DiagnosticSeverity> = {
  critical: vscode.DiagnosticSeverity.Error,
  high: vscode.DiagnosticSeverity.Error,
  medium: vscode.DiagnosticSeverity.Warning,
  low: vscode.DiagnosticSeverity.Information,
  info: vscode.DiagnosticSeverity.Hint,
};
const FROM_LEVEL: Record<vscode.DiagnosticSeverity, Severity> = { 0: 'high', 1: 'medium', 2: 'low', 3: 'info' };
const ICON: Record<Severity, vscode.ThemeIcon> = {
  critical: new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground')),
  high: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  medium: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  low: new vscode.ThemeIcon('info'),
  info: new vscode.ThemeIcon('lightbulb'),
};

export const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' && d.code !== null ? d.code.value : (d.code ?? ''));
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every Shieldwall rule finding VS Code currently holds (parse problems are left to the Problems panel). */
export function shieldwallEntries(catalog: RuleCatalog, only?: vscode.Uri): Entry[] {
  const pairs: Array<[vscode.Uri, readonly vscode.Diagnostic[]]> = only ? [[only, vscode.languages.getDiagnostics(only)]] : vscode.languages.getDiagnostics();
  const out: Entry[] = [];
  for (const [uri, diagnostics] of pairs) {
    for (const d of diagnostics) {
      if (d.source !== 'shieldwall') continue;
      const ruleId = codeOf(d);
      if (!/^SW\d+$/.test(ruleId)) continue;
      const rule = catalog.get(ruleId);
      // The server puts the finding's severity and category in Diagnostic.data (lsp/convert.ts), which
      // vscode-languageclient keeps on the diagnostics it hands to VS Code. CDK source diagnostics carry
      // neither: then the rule catalogue, when its severity fits the LSP level, else the level alone.
      const data = (d as { data?: { findingSeverity?: unknown; findingCategory?: unknown } }).data;
      const own = typeof data?.findingSeverity === 'string' && (SEVERITIES as readonly string[]).includes(data.findingSeverity) ? (data.findingSeverity as Severity) : undefined;
      const severity = own ?? (rule && LEVEL[rule.severity] === d.severity ? rule.severity : FROM_LEVEL[d.severity]);
      const category = typeof data?.findingCategory === 'string' ? data.findingCategory : (rule?.category ?? 'other');
      out.push({ uri, diagnostic: d, ruleId, severity, category });
    }
  }
  return out;
}

export class FindingsTree implements vscode.TreeDataProvider<FindingsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<FindingsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly docs = new Map<string, Promise<string | undefined>>();
  private entries: Entry[] = [];
  private groupBy: GroupBy;
  private timer: NodeJS.Timeout | undefined;
  readonly view: vscode.TreeView<FindingsNode>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: LanguageClient,
    private readonly catalog: RuleCatalog,
    private readonly memento: vscode.Memento,
  ) {
    this.groupBy = memento.get<GroupBy>(GROUP_KEY, 'severity');
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.languages.onDidChangeDiagnostics(() => this.refreshSoon()),
    );
    void this.setContext();
    this.refresh(); // the catalogue is loaded once the server runs: see reset()
  }

  /** Switches the grouping (title bar buttons) and remembers it for the workspace. */
  async setGroupBy(groupBy: GroupBy): Promise<void> {
    this.groupBy = groupBy;
    await this.memento.update(GROUP_KEY, groupBy);
    await this.setContext();
    this.refresh();
  }

  /** The entries shown now (tests and the status bar read them). */
  get all(): readonly Entry[] {
    return this.entries;
  }

  refresh(): void {
    this.entries = shieldwallEntries(this.catalog);
    const n = this.entries.length;
    this.view.badge = n > 0 ? { value: n, tooltip: `${n} Shieldwall finding${n === 1 ? '' : 's'}` } : undefined;
    this.changed.fire(undefined);
  }

  /** Diagnostics arrive file by file: one refresh per burst. */
  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 150);
  }

  private setContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', GROUP_KEY, this.groupBy);
  }

  getChildren(node?: FindingsNode): FindingsNode[] {
    if (!node) return this.groups();
    if (node.kind === 'group') return [...node.entries].sort(byLocation).map((entry) => ({ kind: 'finding', entry, showFile: node.groupBy !== 'file' }));
    return [];
  }

  private groups(): FindingsNode[] {
    const by = new Map<string, Entry[]>();
    const keyOf = (e: Entry) => (this.groupBy === 'severity' ? e.severity : this.groupBy === 'category' ? e.category : e.uri.toString());
    for (const e of this.entries) {
      const k = keyOf(e);
      const list = by.get(k);
      if (list) list.push(e);
      else by.set(k, [e]);
    }
    const keys = [...by.keys()];
    if (this.groupBy === 'severity') keys.sort((a, b) => SEVERITIES.indexOf(a as Severity) - SEVERITIES.indexOf(b as Severity));
    else if (this.groupBy === 'file')
      keys.sort((a, b) => vscode.workspace.asRelativePath(vscode.Uri.parse(a)).localeCompare(vscode.workspace.asRelativePath(vscode.Uri.parse(b))));
    else keys.sort((a, b) => (by.get(b)?.length ?? 0) - (by.get(a)?.length ?? 0) || a.localeCompare(b));
    return keys.map((key) => ({ kind: 'group', groupBy: this.groupBy, key, entries: by.get(key) ?? [] }));
  }

  getTreeItem(node: FindingsNode): vscode.TreeItem {
    if (node.kind === 'group') {
      const n = node.entries.length;
      if (node.groupBy === 'file') {
        const uri = vscode.Uri.parse(node.key);
        const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${vscode.workspace.asRelativePath(uri.with({ path: path.posix.dirname(uri.path) }))} · ${n}`;
        item.contextValue = 'file';
        return item;
      }
      const item = new vscode.TreeItem(capital(node.key.replace(/-/g, ' ')), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(n);
      item.tooltip = `${n} finding${n === 1 ? '' : 's'}`;
      if (node.groupBy === 'severity') item.iconPath = ICON[node.key as Severity];
      item.contextValue = 'group';
      return item;
    }
    const e = node.entry;
    const line = e.diagnostic.range.start.line + 1;
    // the rule id first: a narrow sidebar truncates the message, not what identifies the finding
    const item = new vscode.TreeItem(`${e.ruleId} ${e.diagnostic.message}`, vscode.TreeItemCollapsibleState.None);
    item.description = node.showFile ? `${path.posix.basename(e.uri.path)}:${line}` : `Ln ${line}`;
    item.iconPath = ICON[e.severity];
    item.contextValue = 'finding';
    item.command = {
      title: 'Reveal',
      command: 'vscode.open',
      arguments: [e.uri, { selection: e.diagnostic.range, preserveFocus: false } satisfies vscode.TextDocumentShowOptions],
    };
    item.accessibilityInformation = { label: `${e.severity} ${e.ruleId} ${e.diagnostic.message}, ${vscode.workspace.asRelativePath(e.uri)} line ${line}` };
    return item;
  }

  /** The tooltip is the rule's documentation, fetched when the item is hovered. */
  async resolveTreeItem(item: vscode.TreeItem, node: FindingsNode): Promise<vscode.TreeItem> {
    if (node.kind !== 'finding') return item;
    const e = node.entry;
    const doc = await this.ruleDoc(e.ruleId);
    const md = new vscode.MarkdownString(
      `**${e.severity}** · ${vscode.workspace.asRelativePath(e.uri)}:${e.diagnostic.range.start.line + 1}\n\n${e.diagnostic.message}\n\n---\n\n${doc ?? e.ruleId}`,
    );
    item.tooltip = md;
    return item;
  }

  private ruleDoc(id: string): Promise<string | undefined> {
    let d = this.docs.get(id);
    if (!d) {
      d = this.client.sendRequest<RuleDocResult | null>(RULE_DOC_REQUEST, { rule: id }).then(
        (r) => r?.markdown.replace(/^# /, '### '),
        () => undefined,
      );
      this.docs.set(id, d);
    }
    return d;
  }

  /** After the server (re)started: the catalogue and docs may differ. */
  reset(): void {
    this.docs.clear();
    this.catalog.reset();
    void this.catalog.load().then(() => this.refresh());
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function byLocation(a: Entry, b: Entry): number {
  return (
    a.uri.toString().localeCompare(b.uri.toString()) ||
    a.diagnostic.range.start.line - b.diagnostic.range.start.line ||
    a.diagnostic.range.start.character - b.diagnostic.range.start.character
  );
}
