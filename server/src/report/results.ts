/**
 * Scan results in a front-end-neutral shape, shared by the CLI formats, the editor's Export Findings
 * and the account scan. Positions come from the one offset→position converter (lsp/convert.ts).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../engine/analysis-cache';
import type { Finding } from '../engine/finding';
import type { ParseProblem } from '../documents/problems';
import { toRange } from '../lsp/convert';

export const TOOL_VERSION = '0.1.0';

export interface FileResult {
  /** Path as shown to the user (relative to the scan root when possible, `/`-separated). */
  file: string;
  text: string;
  analysis: DocumentAnalysis | undefined;
  /** Set when the file could not be read. */
  error?: string;
  /** For documents rendered from a live account: logical id → the live resource. */
  origins?: Map<string, { identifier: string; region: string; arn?: string }>;
  /**
   * For a template of a CDK cloud assembly: per finding (same index as `analysis.findings`), where the
   * construct that produced it is created in the app's source, when it could be located.
   */
  sources?: ReadonlyArray<SourceRef | undefined>;
}

/** A place in a CDK app's source: path as shown to the user, 0-based line and UTF-16 character (like `range`). */
export interface SourceRef {
  file: string;
  line: number;
  character: number;
}

export interface Range0 {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface JsonFinding {
  ruleId: string;
  ruleName: string;
  category: string;
  severity: string;
  message: string;
  file: string;
  documentKind: string;
  resource: string | null;
  resourceType: string | null;
  path: Array<string | number>;
  range: Range0;
  fixes: string[];
  suppressed: boolean;
  suppression?: { reason: string; via: string };
  constructPath?: string;
  /** CDK: where the construct is created in the app's source (0-based, like `range`), when located. */
  source?: SourceRef;
  /** Account scans: the live resource the finding is about. */
  live?: { identifier: string; region: string; arn?: string };
}

export interface JsonError {
  file: string;
  code: string;
  message: string;
  severity: string;
  range?: Range0;
}

export interface JsonReport {
  version: string;
  findings: JsonFinding[];
  errors: JsonError[];
}

/** Memoised TextDocument per result, for position conversion. */
const docs = new WeakMap<FileResult, TextDocument>();
export function docOf(r: FileResult): TextDocument {
  let d = docs.get(r);
  if (!d) {
    d = TextDocument.create(`file:///${r.file}`, 'plaintext', 0, r.text);
    docs.set(r, d);
  }
  return d;
}

export function findingRange(r: FileResult, f: Finding): Range0 {
  return toRange(docOf(r), f.node.offset, f.node.length);
}

export function problemRange(r: FileResult, p: ParseProblem): Range0 {
  return toRange(docOf(r), p.offset, p.length);
}

export function toJsonReport(results: readonly FileResult[]): JsonReport {
  const findings: JsonFinding[] = [];
  const errors: JsonError[] = [];
  for (const r of results) {
    if (r.error) {
      errors.push({ file: r.file, code: 'io-error', message: r.error, severity: 'error' });
      continue;
    }
    const a = r.analysis;
    if (!a || !a.kind) continue;
    for (const p of a.problems) errors.push({ file: r.file, code: p.code, message: p.message, severity: p.severity, range: problemRange(r, p) });
    const documentKind = a.kind;
    a.findings.forEach((f, i) => {
      const source = r.sources?.[i];
      findings.push({
        ruleId: f.ruleId,
        ruleName: f.ruleName,
        category: f.category,
        severity: f.severity,
        message: f.message,
        file: r.file,
        documentKind,
        resource: f.resource ?? null,
        resourceType: f.resourceType ?? null,
        path: f.path,
        range: findingRange(r, f),
        fixes: f.fixes.map((x) => x.title),
        suppressed: f.suppressed !== undefined,
        ...(f.suppressed ? { suppression: { reason: f.suppressed.reason, via: f.suppressed.via } } : {}),
        ...(f.constructPath ? { constructPath: f.constructPath } : {}),
        ...(source ? { source } : {}),
        ...(f.resource && r.origins?.get(f.resource) ? { live: r.origins.get(f.resource)! } : {}),
      });
    });
  }
  return { version: TOOL_VERSION, findings, errors };
}
