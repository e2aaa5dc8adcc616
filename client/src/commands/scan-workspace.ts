/**
 * "Shieldwall: Scan Workspace": finds every YAML/JSON/.template file of the workspace folders (opened or
 * not) and has the server analyse them in batches (`shieldwall/analyzeFiles`), with progress and cancel.
 * The client picks the files, because only it knows files.exclude (applied by findFiles) and the
 * per-folder shieldwall.include/exclude; the server reads and analyses them and publishes diagnostics.
 */
import picomatch from 'picomatch';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ANALYZE_FILES_REQUEST, type AnalyzeFilesParams, type AnalyzeFilesResult, CANCEL_SCAN_NOTIFICATION } from '../../../server/src/handlers/protocol';

/** What a scan looks at when shieldwall.include is empty (the same candidates as the CLI). */
export const DEFAULT_INCLUDE = '**/*.{yaml,yml,json,jsonc,template}';
/** Never worth reading, whatever the settings say. */
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];
const BATCH = 20;

export interface ScanSummary {
  files: number;
  templates: number;
  findings: number;
  cancelled: boolean;
}

/** Candidate files of every workspace folder: files.exclude (by findFiles), shieldwall.include/exclude (per folder). */
export async function candidateFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const cfg = vscode.workspace.getConfiguration('shieldwall', folder.uri);
    if (cfg.get<boolean>('enable', true) === false) continue;
    const include = cfg.get<string[]>('include', []).filter((g) => typeof g === 'string' && g.length > 0);
    const isExcluded = picomatch([...ALWAYS_EXCLUDED, ...cfg.get<string[]>('exclude', []).filter((g) => typeof g === 'string' && g.length > 0)], { dot: true });
    for (const glob of include.length > 0 ? include : [DEFAULT_INCLUDE]) {
      // exclude undefined: VS Code applies files.exclude
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), undefined, undefined, token)) {
        const rel = vscode.workspace.asRelativePath(uri, false);
        if (!isExcluded(rel)) out.set(uri.toString(), uri);
      }
    }
  }
  return [...out.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

/** Sends `uris` to the server in batches; `onBatch` gets the running totals. */
export async function analyzeFiles(
  client: LanguageClient,
  uris: readonly vscode.Uri[],
  token: vscode.CancellationToken,
  onBatch: (s: ScanSummary) => void = () => undefined,
): Promise<ScanSummary> {
  const summary: ScanSummary = { files: 0, templates: 0, findings: 0, cancelled: false };
  for (let i = 0; i < uris.length; i += BATCH) {
    if (token.isCancellationRequested) break;
    const params: AnalyzeFilesParams = { uris: uris.slice(i, i + BATCH).map((u) => client.code2ProtocolConverter.asUri(u)) };
    let r: AnalyzeFilesResult;
    try {
      r = await client.sendRequest<AnalyzeFilesResult>(ANALYZE_FILES_REQUEST, params, token);
    } catch (e) {
      if (token.isCancellationRequested) break;
      throw e;
    }
    summary.files += r.analyzed;
    summary.templates += r.templates ?? 0;
    summary.findings += r.findings;
    onBatch(summary);
    if (r.cancelled) break;
  }
  summary.cancelled = token.isCancellationRequested;
  return summary;
}

export async function scanWorkspace(client: LanguageClient, output: vscode.LogOutputChannel): Promise<ScanSummary | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Shieldwall: open a folder to scan it.');
    return undefined;
  }
  const started = Date.now();
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Shieldwall: scanning the workspace', cancellable: true },
    async (progress, token) => {
      token.onCancellationRequested(() => void client.sendNotification(CANCEL_SCAN_NOTIFICATION));
      progress.report({ message: 'finding files…' });
      const files = await candidateFiles(token);
      let reported = 0;
      return analyzeFiles(client, files, token, (s) => {
        progress.report({
          increment: ((s.files - reported) / Math.max(files.length, 1)) * 100,
          message: `${s.files} of ${files.length} files, ${s.findings} findings`,
        });
        reported = s.files;
      });
    },
  );
  const what = `${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.templates} template${summary.templates === 1 ? '' : 's'} and policies (${summary.files} files read)`;
  output.info(`Scan Workspace${summary.cancelled ? ' (cancelled)' : ''}: ${what} in ${Date.now() - started} ms`);
  void vscode.window.showInformationMessage(`Shieldwall${summary.cancelled ? ' (scan cancelled)' : ''}: ${what}.`, 'Show Findings').then((pick) => {
    if (pick) void vscode.commands.executeCommand('shieldwall.findings.focus');
  });
  return summary;
}

/**
 * Keeps scan results fresh: a file with Shieldwall diagnostics that is not open and changes (or goes)
 * on disk is analysed again.
 */
export function watchScannedFiles(client: LanguageClient): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(DEFAULT_INCLUDE);
  const pending = new Map<string, vscode.Uri>();
  let timer: NodeJS.Timeout | undefined;
  const changed = (uri: vscode.Uri) => {
    const shown = vscode.languages.getDiagnostics(uri).some((d) => d.source === 'shieldwall');
    const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    if (!shown || open) return;
    pending.set(uri.toString(), uri);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const uris = [...pending.values()];
      pending.clear();
      const cts = new vscode.CancellationTokenSource();
      void analyzeFiles(client, uris, cts.token)
        .catch(() => undefined)
        .finally(() => cts.dispose());
    }, 300);
  };
  return vscode.Disposable.from(watcher, watcher.onDidChange(changed), watcher.onDidDelete(changed), { dispose: () => clearTimeout(timer) });
}
