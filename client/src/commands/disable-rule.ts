/** "Shieldwall: Disable Rule in Workspace Settings": sets `shieldwall.rules[<id>]` to "off" for the workspace. */
import * as vscode from 'vscode';
import type { RuleCatalog } from '../views/rule-catalog';

interface RuleItem extends vscode.QuickPickItem {
  id: string;
}

/** `rule`: a rule id (from the tree view or a caller); otherwise the rule under the cursor is offered first. */
export async function disableRule(catalog: RuleCatalog, rule?: string): Promise<string | undefined> {
  let id = rule;
  if (!id) {
    const rules = [...(await catalog.load()).values()];
    const editor = vscode.window.activeTextEditor;
    const here = editor
      ? vscode.languages
          .getDiagnostics(editor.document.uri)
          .filter((d) => d.source === 'shieldwall' && d.range.contains(editor.selection.active))
          .map((d) => String(typeof d.code === 'object' ? d.code.value : d.code))
      : [];
    const items: RuleItem[] = rules
      .map((r) => ({
        id: r.id,
        label: `${r.id} ${r.name}`,
        description: `${r.category} · ${r.severity}${here.includes(r.id) ? ' · at the cursor' : ''}`,
        detail: r.description,
      }))
      .sort((a, b) => Number(here.includes(b.id)) - Number(here.includes(a.id)));
    const pick = await vscode.window.showQuickPick(items, { placeHolder: 'Rule to turn off in this workspace', matchOnDescription: true, matchOnDetail: true });
    if (!pick) return undefined;
    id = pick.id;
  }
  const folder = vscode.window.activeTextEditor
    ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri)
    : vscode.workspace.workspaceFolders?.[0];
  const config = vscode.workspace.getConfiguration('shieldwall', folder?.uri);
  const current = config.inspect<Record<string, unknown>>('rules')?.workspaceValue ?? {};
  await config.update('rules', { ...current, [id]: 'off' }, vscode.ConfigurationTarget.Workspace);
  void vscode.window.showInformationMessage(`Shieldwall: ${id} is off in this workspace's settings (shieldwall.rules).`, 'Open Settings').then((pick) => {
    if (pick) void vscode.commands.executeCommand('workbench.action.openWorkspaceSettings', { query: 'shieldwall.rules' });
  });
  return id;
}
