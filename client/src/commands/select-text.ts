/** After a suppression edit, selects the reason placeholder so the user types over it. */
import * as vscode from 'vscode';

export async function selectText(uri: string, text: string): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ?? (await vscode.window.showTextDocument(vscode.Uri.parse(uri)));
  const doc = editor.document;
  const at = doc.getText().indexOf(text);
  if (at < 0) return;
  const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + text.length));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range);
}
