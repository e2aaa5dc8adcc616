/** "Shieldwall: Export Findings": SARIF, JSON or Markdown of every finding the server holds, saved to a file. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_FINDINGS_REQUEST, type ExportFindingsParams, type ExportFindingsResult, type ExportFormat } from '../../../server/src/handlers/protocol';

const FORMATS: Array<{ format: ExportFormat; label: string; detail: string; file: string; filter: Record<string, string[]> }> = [
  {
    format: 'sarif',
    label: 'SARIF 2.1.0',
    detail: 'GitHub code scanning and other SARIF viewers',
    file: 'shieldwall.sarif',
    filter: { SARIF: ['sarif', 'json'] },
  },
  { format: 'json', label: 'JSON', detail: "the CLI's `--format json` shape", file: 'shieldwall-findings.json', filter: { JSON: ['json'] } },
  {
    format: 'markdown',
    label: 'Markdown',
    detail: 'a table per file, for a pull request or a ticket',
    file: 'shieldwall-findings.md',
    filter: { Markdown: ['md'] },
  },
];

/** With `format` and `target` (tests, other extensions) nothing is asked. Returns the file written. */
export async function exportFindings(client: LanguageClient, format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const choice = format
    ? FORMATS.find((f) => f.format === format)
    : await vscode.window.showQuickPick(FORMATS, { placeHolder: 'Export the findings of open and scanned files as' });
  if (!choice) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, choice.file) : undefined,
      filters: choice.filter,
      saveLabel: 'Export',
    }));
  if (!uri) return undefined;
  const params: ExportFindingsParams = {
    format: choice.format,
    roots: (vscode.workspace.workspaceFolders ?? []).map((f) => client.code2ProtocolConverter.asUri(f.uri)),
  };
  const r = await client.sendRequest<ExportFindingsResult>(EXPORT_FINDINGS_REQUEST, params);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(r.content));
  if (!target) {
    void vscode.window
      .showInformationMessage(
        `Shieldwall: exported ${r.findings} finding${r.findings === 1 ? '' : 's'} from ${r.files} file${r.files === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(uri)}.`,
        'Open',
      )
      .then((pick) => {
        if (pick) void vscode.window.showTextDocument(uri);
      });
  }
  return uri;
}
