/** Extension entry point: activate and deactivate only. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ruleDocProvider, showRuleDocumentation } from './commands/rule-doc';
import { selectText } from './commands/select-text';
import { createLanguageClient } from './language-client';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Shieldwall', { log: true });
  context.subscriptions.push(output);
  client = createLanguageClient(context, output);
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider('shieldwall-doc', ruleDocProvider),
    vscode.commands.registerCommand('shieldwall.restartServer', async () => {
      output.appendLine('Restarting the Shieldwall language server');
      await client?.restart();
    }),
    vscode.commands.registerCommand('shieldwall.showRuleDocumentation', (rule?: string) => (client ? showRuleDocumentation(client, typeof rule === 'string' ? rule : undefined) : undefined)),
    vscode.commands.registerCommand('shieldwall.selectText', (uri: string, text: string) => selectText(uri, text)),
    vscode.commands.registerCommand('shieldwall.showOutput', () => output.show(true)),
  );
  await client.start();
  output.appendLine('Shieldwall language server started');
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
