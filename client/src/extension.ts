/** Extension entry point: activate and deactivate only. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { disableRule } from './commands/disable-rule';
import { exportFindings } from './commands/export-findings';
import { openExample } from './commands/open-example';
import { ruleDocProvider, showRuleDocumentation } from './commands/rule-doc';
import { scanWorkspace, watchScannedFiles } from './commands/scan-workspace';
import { selectText } from './commands/select-text';
import { createLanguageClient } from './language-client';
import { type FindingsNode, FindingsTree, type GroupBy } from './views/findings-tree';
import { RuleCatalog } from './views/rule-catalog';
import { StatusBar } from './views/status-bar';

let client: LanguageClient | undefined;

/** A rule id from a command argument: a string, or a Findings tree item (context menu). */
const ruleArg = (arg: unknown): string | undefined => (typeof arg === 'string' ? arg : (arg as FindingsNode | undefined)?.kind === 'finding' ? (arg as Extract<FindingsNode, { kind: 'finding' }>).entry.ruleId : undefined);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('Shieldwall', { log: true });
  context.subscriptions.push(output);
  client = createLanguageClient(context, output);
  const lc = client;
  const catalog = new RuleCatalog(lc);
  const tree = new FindingsTree(lc, catalog, context.workspaceState);
  context.subscriptions.push(tree, new StatusBar(lc, catalog, () => vscode.workspace.isTrusted), watchScannedFiles(lc));
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider('shieldwall-doc', ruleDocProvider),
    vscode.commands.registerCommand('shieldwall.restartServer', async () => {
      output.appendLine('Restarting the Shieldwall language server');
      await client?.restart();
      tree.reset();
    }),
    vscode.commands.registerCommand('shieldwall.showRuleDocumentation', (rule?: unknown) => (client ? showRuleDocumentation(client, ruleArg(rule)) : undefined)),
    vscode.commands.registerCommand('shieldwall.scanWorkspace', () => scanWorkspace(lc, output)),
    vscode.commands.registerCommand('shieldwall.disableRule', (rule?: unknown) => disableRule(catalog, ruleArg(rule))),
    vscode.commands.registerCommand('shieldwall.exportFindings', (format?: 'sarif' | 'json' | 'markdown', target?: vscode.Uri) => exportFindings(lc, format, target)),
    vscode.commands.registerCommand('shieldwall.openExample', () => openExample()),
    ...(['severity', 'category', 'file'] as const).map((g: GroupBy) => vscode.commands.registerCommand(`shieldwall.findings.groupBy${g.charAt(0).toUpperCase()}${g.slice(1)}`, () => tree.setGroupBy(g))),
    // limited mode lifts once the workspace is trusted: the server learns it at its next start
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.info('Workspace trusted: restarting the language server out of limited mode');
      void client?.restart().then(() => tree.reset());
    }),
    vscode.commands.registerCommand('shieldwall.selectText', (uri: string, text: string) => selectText(uri, text)),
    vscode.commands.registerCommand('shieldwall.showOutput', () => output.show(true)),
  );
  // Not awaited: activation returns at once, and requests made meanwhile wait for the server. Both times
  // are in the README.
  const activated = performance.now();
  void client.start().then(
    () => {
      output.info(`Shieldwall activated in ${Math.round(activated - started)} ms; language server ready ${Math.round(performance.now() - started)} ms after activation started${vscode.workspace.isTrusted ? '' : ' (untrusted workspace: limited mode)'}`);
      output.appendLine('Shieldwall language server started');
      tree.reset();
    },
    (e: Error) => output.error(`The Shieldwall language server did not start: ${e.stack ?? e.message}`),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
