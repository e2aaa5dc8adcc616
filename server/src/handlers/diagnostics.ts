/**
 * Diagnostics as you type: each change (re)starts a short debounce; when it fires, the latest version
 * is analysed (incrementally, see engine.ts) and published. A result whose document moved on while it
 * was computed is dropped quietly.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findingToDiagnostic, problemToDiagnostic } from '../lsp/convert';
import { type ServerState, fileNameOf } from './state';

export const DEBOUNCE_MS = 100;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly state: ServerState,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  /** Schedules analysis of a document; `immediate` skips the debounce (open, configuration change). */
  schedule(doc: TextDocument, immediate = false): void {
    const old = this.timers.get(doc.uri);
    if (old) clearTimeout(old);
    const run = () => {
      this.timers.delete(doc.uri);
      void this.run(doc.uri).catch((e: Error) => this.state.connection.console.error(`[diagnostics] ${e.stack ?? e.message}`));
    };
    if (immediate) {
      this.timers.set(doc.uri, setTimeout(run, 0));
      return;
    }
    this.timers.set(doc.uri, setTimeout(run, this.debounceMs));
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    const doc = this.state.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await this.state.settingsFor(uri);
    const current = this.state.documents.get(uri);
    if (!current || current.version !== version) return; // stale: a newer run is scheduled
    const text = current.getText();
    const analysis = this.state.cache.analyze(uri, fileNameOf(uri), text, settings, current.languageId);
    if (!analysis) {
      this.state.latest.delete(uri);
      void this.state.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    this.state.latest.set(uri, { version, analysis, text });
    const diagnostics: Diagnostic[] = [];
    for (const p of analysis.problems) diagnostics.push(problemToDiagnostic(current, p));
    analysis.findings.forEach((f, i) => {
      if (!f.suppressed) diagnostics.push(findingToDiagnostic(current, f, i, version));
    });
    void this.state.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
