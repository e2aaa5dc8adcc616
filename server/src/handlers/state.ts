/**
 * Server state shared by the handlers: open documents, their latest analysis, and settings per URI.
 */
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { AnalysisCache, type DocumentAnalysis } from '../engine/analysis-cache';
import type { RuleSet } from '../engine/engine';
import { DEFAULT_SETTINGS, type Settings, parseSettings } from '../engine/settings';
import { DocumentStore } from './documents';

export interface LatestAnalysis {
  version: number;
  analysis: DocumentAnalysis;
  /** The text analysed (fixes are rendered against it). */
  text: string;
}

export class ServerState {
  readonly documents = new DocumentStore();
  readonly latest = new Map<string, LatestAnalysis>();
  readonly cache: AnalysisCache;
  private readonly settings = new Map<string, Promise<Settings>>();
  /** Set from the client's capabilities at initialize. */
  pullConfiguration = false;
  /** Settings pushed by clients that do not support workspace/configuration. */
  pushed: Settings = DEFAULT_SETTINGS;

  constructor(
    readonly connection: Connection,
    readonly rules: RuleSet,
  ) {
    this.cache = new AnalysisCache(rules, (m) => connection.console.error(m));
  }

  /** Settings for a document, pulled from the client once per URI and cached until they change. */
  settingsFor(uri: string): Promise<Settings> {
    if (!this.pullConfiguration) return Promise.resolve(this.pushed);
    let s = this.settings.get(uri);
    if (!s) {
      s = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'shieldwall' })
        .then((raw: unknown) => {
          const { settings, warnings } = parseSettings(raw);
          for (const w of warnings) this.connection.console.warn(w);
          return settings;
        })
        .catch(() => DEFAULT_SETTINGS);
      this.settings.set(uri, s);
    }
    return s;
  }

  clearSettings(): void {
    this.settings.clear();
  }
}

/** File-system path (or the URI itself) for classification by name. */
export function fileNameOf(uri: string): string {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : u.path;
  } catch {
    return uri;
  }
}
