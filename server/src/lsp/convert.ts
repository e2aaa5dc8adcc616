/**
 * The only place that builds LSP Ranges, Diagnostics, TextEdits and CodeActions. Offsets become
 * positions through TextDocument.positionAt (UTF-16, as LSP requires).
 */
import {
  CodeAction,
  CodeActionKind,
  type Diagnostic,
  DiagnosticRelatedInformation,
  DiagnosticSeverity,
  Location,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OffsetEdit } from '../documents/render-fix';
import type { ParseProblem } from '../documents/problems';
import type { Finding } from '../engine/finding';
import type { Severity } from '../engine/rule-types';

/** The diagnostic `source` for everything Shieldwall reports. */
export const SOURCE = 'shieldwall';

/** Base of rule documentation links (the docs page generated from rule metadata). */
export const DOCS_BASE = 'https://github.com/shieldwall/shieldwall/blob/main/docs/rules.md';

/**
 * What a Shieldwall diagnostic carries in `data` (server → client, echoed back in code action requests).
 * Fixes are referenced by index into the finding the server holds for this document version.
 */
export interface DiagnosticData {
  /** Document version the diagnostic (and its fixes) belongs to. */
  version: number;
  ruleId: string;
  /** Index of the finding in the server's analysis of `version`. */
  finding: number;
  fixes: Array<{ title: string; safety: 'safe' | 'unsafe' }>;
  resource?: string;
  /**
   * The finding's own severity (may be below the rule's default) and category, for the client's Findings
   * view. Not named `severity`/`category`: with those keys in `data`, Ctrl+. in VS Code 1.100 offered no
   * code actions at all on the diagnostic (the e2e quick-fix scenario caught it).
   */
  findingSeverity?: Severity;
  findingCategory?: string;
}

export function toRange(doc: TextDocument, offset: number, length: number): Range {
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
}

export function lspSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'critical':
    case 'high':
      return DiagnosticSeverity.Error;
    case 'medium':
      return DiagnosticSeverity.Warning;
    case 'low':
      return DiagnosticSeverity.Information;
    case 'info':
      return DiagnosticSeverity.Hint;
  }
}

export function ruleDocUrl(ruleId: string, ruleName: string): string {
  return `${DOCS_BASE}#${ruleId.toLowerCase()}-${ruleName}`;
}

/** A finding as a diagnostic. */
export function findingToDiagnostic(doc: TextDocument, f: Finding, index: number, version: number): Diagnostic {
  const data: DiagnosticData = { version, ruleId: f.ruleId, finding: index, fixes: f.fixes.map((x) => ({ title: x.title, safety: x.safety })), ...(f.resource ? { resource: f.resource } : {}), findingSeverity: f.severity, findingCategory: f.category };
  const d: Diagnostic = {
    range: toRange(doc, f.node.offset, f.node.length),
    severity: lspSeverity(f.severity),
    source: SOURCE,
    code: f.ruleId,
    codeDescription: { href: ruleDocUrl(f.ruleId, f.ruleName) },
    message: f.constructPath ? `${f.message} [${f.constructPath}]` : f.message,
    data,
  };
  if (f.related.length > 0) d.relatedInformation = f.related.map((r) => DiagnosticRelatedInformation.create(Location.create(doc.uri, toRange(doc, r.node.offset, r.node.length)), r.message));
  return d;
}

/** A parse or engine problem as a diagnostic. */
export function problemToDiagnostic(doc: TextDocument, p: ParseProblem): Diagnostic {
  return {
    range: toRange(doc, p.offset, p.length),
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: p.code,
    message: p.message,
  };
}

export function toTextEdits(doc: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e.offset, e.length), newText: e.text }));
}

export function workspaceEdit(doc: TextDocument, edits: readonly OffsetEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: toTextEdits(doc, edits) }] };
}

/** A quick fix code action. Safe fixes are preferred. */
export function quickFix(doc: TextDocument, title: string, diagnostic: Diagnostic, edits: readonly OffsetEdit[], preferred: boolean, command?: { title: string; command: string; arguments: unknown[] }): CodeAction {
  const a = CodeAction.create(title, workspaceEdit(doc, edits), CodeActionKind.QuickFix);
  a.diagnostics = [diagnostic];
  if (preferred) a.isPreferred = true;
  if (command) a.command = command;
  return a;
}

/** The `source.fixAll.shieldwall` action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.shieldwall`;

export function fixAllAction(doc: TextDocument, edits: readonly OffsetEdit[]): CodeAction {
  return CodeAction.create('Fix all safe Shieldwall findings', workspaceEdit(doc, edits), FIX_ALL_KIND);
}

/** A 0-based line/character range (UTF-16, as computed by server/src/cdk) as an LSP Range. */
export function lspRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

/**
 * What a CDK diagnostic carries in `data` (server → client, echoed back in code action requests): the
 * other place the same finding lives, so "Go to CDK Source" / "Show in Synthesized Template" can open it.
 */
export interface CdkDiagnosticData {
  ruleId: string;
  constructPath?: string;
  /** The synthesized template location (on diagnostics published on the CDK source). */
  template?: { uri: string; range: Range };
  /** The CDK source location (on diagnostics published on a template). */
  source?: { uri: string; range: Range };
}

/** One finding (or several of one rule on one construct) as a diagnostic on a CDK source file or a template. */
export function cdkDiagnostic(p: {
  range: Range;
  severity: Severity;
  ruleId: string;
  ruleName: string;
  message: string;
  related: Array<{ uri: string; range: Range; message: string }>;
  data: CdkDiagnosticData;
}): Diagnostic {
  const d: Diagnostic = {
    range: p.range,
    severity: lspSeverity(p.severity),
    source: SOURCE,
    code: p.ruleId,
    codeDescription: { href: ruleDocUrl(p.ruleId, p.ruleName) },
    message: p.message,
    data: p.data,
  };
  if (p.related.length > 0) d.relatedInformation = p.related.map((r) => DiagnosticRelatedInformation.create(Location.create(r.uri, r.range), r.message));
  return d;
}

/** A copy of `d` with one more related location (a template diagnostic linked to its CDK source line). */
export function withRelatedLocation(d: Diagnostic, uri: string, range: Range, message: string): Diagnostic {
  return { ...d, relatedInformation: [...(d.relatedInformation ?? []), DiagnosticRelatedInformation.create(Location.create(uri, range), message)] };
}

/**
 * A code action that only navigates: it runs `command` (a server command that asks the client to show
 * `uri` at `range` with window/showDocument), so it needs no client code.
 */
export function navigationAction(title: string, command: string, uri: string, range: Range, diagnostic: Diagnostic | undefined): CodeAction {
  const a = CodeAction.create(title, { title, command, arguments: [uri, range] }, CodeActionKind.QuickFix);
  if (diagnostic) a.diagnostics = [diagnostic];
  return a;
}

/** Inserting `text` at `position` of the (versioned) document `uri`, as a quick fix for `diagnostic`. */
export function insertTextAction(title: string, uri: string, version: number | null, position: { line: number; character: number }, text: string, diagnostic: Diagnostic | undefined): CodeAction {
  const edit: WorkspaceEdit = { documentChanges: [{ textDocument: { uri, version }, edits: [{ range: { start: position, end: position }, newText: text }] }] };
  const a = CodeAction.create(title, edit, CodeActionKind.QuickFix);
  if (diagnostic) a.diagnostics = [diagnostic];
  return a;
}
