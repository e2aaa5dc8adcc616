/**
 * Workspace scan: `shieldwall/analyzeFiles` analyses files that are not open in the editor, read from
 * disk by URI, and publishes their diagnostics, so findings of files nobody opened reach the Problems
 * panel. The client chooses the files (files.exclude, shieldwall.include/exclude) and sends them in
 * batches to show progress; the server owns the analysis. A batch stops between two files when the
 * request is cancelled ($/cancelRequest) or `shieldwall/cancelScan` arrives.
 *
 * Also `shieldwall/exportFindings`: every finding the server holds (open documents and scanned files)
 * rendered by the CLI's report modules (SARIF, JSON) or as Markdown.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../engine/analysis-cache';
import { findingToDiagnostic, problemToDiagnostic } from '../lsp/convert';
import { toMarkdown } from '../report/markdown';
import type { FileResult } from '../report/results';
import { toJsonReport } from '../report/results';
import { toSarif } from '../report/sarif';
import type { AnalyzeFilesParams, AnalyzeFilesResult, ExportFindingsParams, ExportFindingsResult } from './protocol';
import { type ServerState, fileNameOf } from './state';

/** Files larger than this are not read by a scan (the engine would only report them as oversized). */
const MAX_SCAN_BYTES = 5 * 1024 * 1024;

interface ScannedFile {
  text: string;
  analysis: DocumentAnalysis;
}

export class WorkspaceScan {
  /** Unopened files analysed by scans, by URI; an open document's live analysis takes precedence. */
  private readonly scanned = new Map<string, ScannedFile>();
  /** Bumped by `shieldwall/cancelScan`: batches started before it stop. */
  private generation = 0;

  /**
   * @param ownedElsewhere files another handler publishes for (CDK templates when the CDK handler runs):
   *   skipped, so a finding is never listed twice.
   */
  constructor(
    private readonly state: ServerState,
    private readonly ownedElsewhere: (file: string) => boolean = () => false,
  ) {}

  /** `shieldwall/analyzeFiles` (client → server request). */
  async analyzeFiles(params: AnalyzeFilesParams, token?: CancellationToken): Promise<AnalyzeFilesResult> {
    const generation = this.generation;
    const result: AnalyzeFilesResult = { analyzed: 0, findings: 0, templates: 0 };
    for (const uri of params.uris ?? []) {
      if (token?.isCancellationRequested || generation !== this.generation) return { ...result, cancelled: true };
      // let $/cancelRequest and other messages in between two files
      await new Promise((r) => setImmediate(r));
      const counted = await this.analyzeOne(uri);
      result.analyzed++;
      if (counted !== undefined) {
        result.templates = (result.templates ?? 0) + 1;
        result.findings += counted;
      }
    }
    return result;
  }

  /** `shieldwall/cancelScan` (client → server notification). */
  cancel(): void {
    this.generation++;
  }

  /** An open document's diagnostics come from the live analysis (handlers/diagnostics.ts) from now on. */
  documentOpened(uri: string): void {
    this.scanned.delete(uri);
  }

  /** Analyses one file and publishes its diagnostics; returns its unsuppressed findings, undefined when not a template or policy. */
  private async analyzeOne(uri: string): Promise<number | undefined> {
    const open = this.state.latest.get(uri);
    if (this.state.documents.get(uri)) {
      // open: already analysed as you type; count what the editor shows
      return open?.analysis.kind ? open.analysis.findings.filter((f) => !f.suppressed).length : undefined;
    }
    const file = fileNameOf(uri);
    if (this.ownedElsewhere(file)) return undefined;
    let text: string;
    try {
      const st = await fsp.stat(file);
      if (!st.isFile() || st.size > MAX_SCAN_BYTES) return undefined;
      text = (await fsp.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    } catch (e) {
      // gone since the last scan (deleted, renamed): its findings go too
      if (this.scanned.delete(uri)) void this.state.connection.sendDiagnostics({ uri, diagnostics: [] });
      else this.state.connection.console.warn(`[scan] ${file}: ${(e as Error).message}`);
      return undefined;
    }
    const settings = await this.state.settingsFor(uri);
    if (!settings.enable || this.state.documents.get(uri)) return undefined; // opened meanwhile: the live analysis wins
    const analysis = this.state.cache.analyze(uri, file, text, settings);
    // an unopened file gets no incremental edits: keep its result, not its analyzer
    this.state.cache.drop(uri);
    if (!analysis?.kind) {
      if (this.scanned.delete(uri)) void this.state.connection.sendDiagnostics({ uri, diagnostics: [] });
      return undefined;
    }
    this.scanned.set(uri, { text, analysis });
    const doc = TextDocument.create(uri, analysis.format === 'yaml' ? 'yaml' : 'json', 0, text);
    const diagnostics: Diagnostic[] = analysis.problems.map((p) => problemToDiagnostic(doc, p));
    let shown = 0;
    analysis.findings.forEach((f, i) => {
      if (f.suppressed) return;
      shown++;
      diagnostics.push(findingToDiagnostic(doc, f, i, 0));
    });
    void this.state.connection.sendDiagnostics({ uri, diagnostics });
    return shown;
  }

  /** `shieldwall/exportFindings` (client → server request). */
  exportFindings(params: ExportFindingsParams): ExportFindingsResult {
    const roots = (params.roots ?? []).map(fileNameOf);
    const display = (uri: string) => {
      const file = fileNameOf(uri);
      const root = roots.find((r) => !path.relative(r, file).startsWith('..'));
      return (root ? path.relative(root, file) : file).split(path.sep).join('/');
    };
    const byUri = new Map<string, ScannedFile>(this.scanned);
    for (const [uri, l] of this.state.latest) byUri.set(uri, { text: l.text, analysis: l.analysis });
    const results: FileResult[] = [...byUri]
      .filter(([, s]) => s.analysis.kind)
      .map(([uri, s]) => ({ file: display(uri), text: s.text, analysis: s.analysis }))
      .sort((a, b) => a.file.localeCompare(b.file));
    const findings = results.reduce((n, r) => n + (r.analysis?.findings.filter((f) => !f.suppressed).length ?? 0), 0);
    const content =
      params.format === 'sarif'
        ? JSON.stringify(toSarif(results, this.state.rules), null, 2)
        : params.format === 'json'
          ? JSON.stringify(toJsonReport(results), null, 2)
          : toMarkdown(results);
    return { content, files: results.length, findings };
  }
}
