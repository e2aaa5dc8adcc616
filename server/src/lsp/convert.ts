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
  const data: DiagnosticData = { version, ruleId: f.ruleId, finding: index, fixes: f.fixes.map((x) => ({ title: x.title, safety: x.safety })), ...(f.resource ? { resource: f.resource } : {}) };
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
