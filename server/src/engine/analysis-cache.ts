/**
 * One DocumentAnalyzer per document, so successive versions reuse unchanged chunks and rule results.
 */
import type { EditHint, SourceFormat } from '../documents/chunked-parser';
import { detectFormat } from '../documents/format';
import type { DocumentKind } from '../model/template';
import { type Analysis, DocumentAnalyzer, type Logger, type RuleSet } from './engine';
import type { Settings } from './settings';

export interface DocumentAnalysis extends Analysis {
  format: SourceFormat;
}

export class AnalysisCache {
  private readonly analyzers = new Map<string, DocumentAnalyzer>();

  constructor(
    private readonly rules: RuleSet,
    private readonly log: Logger = () => undefined,
  ) {}

  /** Analyses `text`; undefined when the file is neither YAML nor JSON. */
  analyze(key: string, fileName: string, text: string, settings: Settings, languageId?: string, forcedKind?: DocumentKind, hint?: EditHint): DocumentAnalysis | undefined {
    const format = detectFormat(fileName, languageId, text);
    if (!format) return undefined;
    let a = this.analyzers.get(key);
    if (!a || a.format !== format) {
      a = new DocumentAnalyzer(format, this.rules, this.log);
      this.analyzers.set(key, a);
    }
    return { ...a.analyze(text, fileName, settings, forcedKind, hint), format };
  }

  drop(key: string): void {
    this.analyzers.delete(key);
  }

  clear(): void {
    this.analyzers.clear();
  }
}
