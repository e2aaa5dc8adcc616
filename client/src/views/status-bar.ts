/**
 * The Shieldwall status bar item: the language server's state and the active document's findings;
 * clicking it opens the Findings view.
 */
import * as vscode from 'vscode';
import { type LanguageClient, State } from 'vscode-languageclient/node';
import { type RuleCatalog, SEVERITIES } from './rule-catalog';
import { shieldwallEntries } from './findings-tree';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('shieldwall.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private serverState: 'starting' | 'running' | 'stopped' = 'starting';

  constructor(
    client: LanguageClient,
    private readonly catalog: RuleCatalog,
    private readonly trusted: () => boolean,
  ) {
    this.item.name = 'Shieldwall';
    this.item.command = { title: 'Show Shieldwall Findings', command: 'shieldwall.findings.focus' };
    this.disposables.push(
      client.onDidChangeState((e) => {
        this.serverState = e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped';
        this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.update()),
    );
    if (client.state === State.Running) this.serverState = 'running';
    this.update();
    this.item.show();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const entries = doc ? shieldwallEntries(this.catalog, doc.uri) : [];
    const limited = this.trusted() ? '' : ' (restricted mode: templates only)';
    const tip = new vscode.MarkdownString(undefined, true);
    if (this.serverState !== 'running') {
      this.item.text = this.serverState === 'starting' ? '$(loading~spin) Shieldwall' : '$(error) Shieldwall';
      this.item.backgroundColor = this.serverState === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
      tip.appendMarkdown(`Shieldwall: language server ${this.serverState}${limited}`);
    } else {
      this.item.backgroundColor = undefined;
      const counts = SEVERITIES.map((s) => [s, entries.filter((e) => e.severity === s).length] as const).filter(([, n]) => n > 0);
      this.item.text = doc && entries.length > 0 ? `$(shield) Shieldwall: ${entries.length}` : '$(shield) Shieldwall';
      tip.appendMarkdown(`Shieldwall: server running${limited}\n\n`);
      if (doc)
        tip.appendMarkdown(
          entries.length > 0
            ? `${entries.length} finding${entries.length === 1 ? '' : 's'} in ${vscode.workspace.asRelativePath(doc.uri)}: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}\n\n`
            : `No findings in ${vscode.workspace.asRelativePath(doc.uri)}\n\n`,
        );
      tip.appendMarkdown('Click to open the Findings view');
    }
    this.item.tooltip = tip;
    this.item.accessibilityInformation = { label: `Shieldwall ${this.serverState}${doc ? `, ${entries.length} findings in the active file` : ''}` };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
