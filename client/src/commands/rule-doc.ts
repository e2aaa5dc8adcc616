/** "Shieldwall: Show Rule Documentation": asks the server for the rule's Markdown and previews it. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface RuleItem extends vscode.QuickPickItem {
  id: string;
}

export async function showRuleDocumentation(client: LanguageClient, rule?: string): Promise<void> {
  let id = rule;
  if (!id) {
    const rules = await client.sendRequest<Array<{ id: string; name: string; category: string; severity: string; description: string }>>('shieldwall/rules');
    const pick = await vscode.window.showQuickPick<RuleItem>(
      rules.map((r) => ({ id: r.id, label: `${r.id} ${r.name}`, description: `${r.category} · ${r.severity}`, detail: r.description })),
      { placeHolder: 'Rule to document', matchOnDescription: true, matchOnDetail: true },
    );
    if (!pick) return;
    id = pick.id;
  }
  const doc = await client.sendRequest<{ id: string; name: string; markdown: string } | null>('shieldwall/ruleDocumentation', { rule: id });
  if (!doc) {
    void vscode.window.showWarningMessage(`Unknown Shieldwall rule: ${id}`);
    return;
  }
  const uri = vscode.Uri.parse(`shieldwall-doc:/${doc.id}-${doc.name}.md`);
  docContents.set(uri.toString(), doc.markdown);
  docChanged.fire(uri);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}

const docContents = new Map<string, string>();
const docChanged = new vscode.EventEmitter<vscode.Uri>();

/** Serves rule docs as read-only virtual Markdown documents. */
export const ruleDocProvider: vscode.TextDocumentContentProvider = {
  onDidChange: docChanged.event,
  provideTextDocumentContent: (uri) => docContents.get(uri.toString()) ?? '',
};
