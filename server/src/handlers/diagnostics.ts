/**
 * Diagnostics as you type. An edit after a quiet period is analysed at once, so a single change shows
 * its result in the time the incremental analysis takes; during a burst of edits at most one analysis
 * starts per DEBOUNCE_MS (a throttle), so a fast typist costs a few analyses per second, not one per
 * keystroke, and never waits more than DEBOUNCE_MS plus one analysis. A result whose document moved on while it was computed is dropped quietly.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../engine/analysis-cache';
import type { Finding } from '../engine/finding';
import type { Settings } from '../engine/settings';
import { findingToDiagnostic, problemToDiagnostic } from '../lsp/convert';
import { type ServerState, fileNameOf } from './state';

export const DEBOUNCE_MS = 100;

/** Languages of CDK app sources, whose diagnostics come from the CDK handler (handlers/cdk.ts). */
const CDK_SOURCE_LANGUAGES: ReadonlySet<string> = new Set(['typescript', 'javascript', 'python']);

/**
 * Adjusts the diagnostics of one analysis before they are published: returns a function that gets each
 * finding with its diagnostic and returns the diagnostic (possibly changed), or undefined to leave it out;
 * or undefined to publish them as they are. The CDK handler uses it on synthesized templates: findings it
 * shows on the app's source are left out, the others link to their source line (handlers/cdk.ts).
 */
export type DiagnosticDecorator = (uri: string, analysis: DocumentAnalysis, settings: Settings) => ((f: Finding, d: Diagnostic) => Diagnostic | undefined) | undefined;

export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Set by server.ts; see DiagnosticDecorator. */
  decorate: DiagnosticDecorator | undefined;
  /** When the last analysis of each document was started. */
  private readonly lastRun = new Map<string, number>();

  constructor(
    private readonly state: ServerState,
    private readonly debounceMs = DEBOUNCE_MS,
  ) {}

  /**
   * Schedules analysis of a document. `immediate` (open, configuration change) runs at once. Otherwise
   * it is a throttle: after a quiet period the edit is analysed at once; during a burst at most one
   * analysis starts per DEBOUNCE_MS, and the pending one always analyses the newest version.
   */
  schedule(doc: TextDocument, immediate = false): void {
    const pending = this.timers.get(doc.uri);
    if (pending && !immediate) return;
    if (pending) clearTimeout(pending);
    const run = () => {
      this.timers.delete(doc.uri);
      void this.run(doc.uri).catch((e: Error) => this.state.connection.console.error(`[diagnostics] ${e.stack ?? e.message}`));
    };
    const since = performance.now() - (this.lastRun.get(doc.uri) ?? -Infinity);
    this.timers.set(doc.uri, setTimeout(run, immediate ? 0 : Math.max(0, this.debounceMs - since)));
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.lastRun.delete(uri);
  }

  private async run(uri: string): Promise<void> {
    const doc = this.state.documents.get(uri);
    if (!doc) return;
    this.lastRun.set(uri, performance.now());
    const version = doc.version;
    const settings = await this.state.settingsFor(uri);
    const current = this.state.documents.get(uri);
    if (!current || current.version !== version) return; // stale: a newer run is scheduled
    const text = current.getText();
    const hint = this.state.documents.takeHint(uri);
    const analysis = this.state.cache.analyze(uri, fileNameOf(uri), text, settings, current.languageId, undefined, hint);
    if (!analysis) {
      this.state.latest.delete(uri);
      // Neither YAML nor JSON (a CDK app's .ts/.py, synced for code actions and hover): its diagnostics
      // belong to the CDK handler, so leave them alone.
      if (!CDK_SOURCE_LANGUAGES.has(current.languageId)) void this.state.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }
    this.state.latest.set(uri, { version, analysis, text });
    const diagnostics: Diagnostic[] = [];
    for (const p of analysis.problems) diagnostics.push(problemToDiagnostic(current, p));
    const decorate = this.decorate?.(uri, analysis, settings);
    analysis.findings.forEach((f, i) => {
      if (f.suppressed) return;
      const d = findingToDiagnostic(current, f, i, version);
      const shown = decorate ? decorate(f, d) : d;
      if (shown) diagnostics.push(shown);
    });
    void this.state.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
