/**
 * Code actions: quick fixes read from Diagnostic.data (never from message text), "suppress for this
 * resource / file", and `source.fixAll.shieldwall` for every safe fix.
 */
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis } from '../engine/analysis-cache';
import type { Finding } from '../engine/finding';
import type { Fix } from '../engine/fix-types';
import { REASON_PLACEHOLDER, suppressionEdits } from '../engine/suppress-edits';
import { type OffsetEdit, mergeEdits, renderEdits } from '../documents/render-fix';
import { type DiagnosticData, FIX_ALL_KIND, SOURCE, fixAllAction, quickFix } from '../lsp/convert';
import type { ServerState } from './state';

/** Command the client runs after a suppression edit, selecting the reason placeholder. */
export const SELECT_TEXT_COMMAND = 'shieldwall.selectText';

export function codeActions(state: ServerState, params: CodeActionParams): CodeAction[] {
  const doc = state.documents.get(params.textDocument.uri);
  const latest = state.latest.get(params.textDocument.uri);
  if (!doc || !latest || latest.version !== doc.version) return [];
  const only = params.context.only;
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.Empty && k.startsWith(CodeActionKind.Source)) ?? false;
  const actions: CodeAction[] = [];
  if (wantsFixAll) {
    const edits = fixAllEdits(latest.analysis, latest.text);
    if (edits.length > 0) actions.push(fixAllAction(doc, edits));
    return actions;
  }
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k === CodeActionKind.QuickFix)) return actions;
  for (const d of params.context.diagnostics) {
    if (d.source !== SOURCE) continue;
    const data = d.data as DiagnosticData | undefined;
    if (!data || data.version !== latest.version) continue;
    const f = latest.analysis.findings[data.finding];
    if (!f || f.ruleId !== data.ruleId) continue;
    f.fixes.forEach((fix, i) => {
      const edits = tryRender(fix, latest.analysis, latest.text);
      if (edits) actions.push(quickFix(doc, fix.safety === 'unsafe' ? `${fix.title} (unsafe: review)` : fix.title, d, edits, fix.safety === 'safe' && i === 0));
    });
    actions.push(...suppressActions(doc, d, f, latest.analysis, latest.text));
  }
  return actions;
}

function tryRender(fix: Fix, analysis: Pick<DocumentAnalysis, 'format' | 'template' | 'policy'>, text: string): OffsetEdit[] | undefined {
  try {
    return renderEdits(fix.edits, { text, format: analysis.format, root: analysis.template?.root ?? analysis.policy?.node });
  } catch {
    return undefined;
  }
}

function suppressActions(doc: TextDocument, d: Diagnostic, f: Finding, analysis: DocumentAnalysis, text: string): CodeAction[] {
  const t = analysis.template;
  if (!t) return [];
  const out: CodeAction[] = [];
  const select = { title: 'Type the reason', command: SELECT_TEXT_COMMAND, arguments: [doc.uri, REASON_PLACEHOLDER] };
  const scopes: Array<['resource' | 'file', string]> = [];
  if (f.resource && t.resources.has(f.resource)) scopes.push(['resource', `Suppress ${f.ruleId} ${f.ruleName} for ${f.resource}`]);
  scopes.push(['file', `Suppress ${f.ruleId} ${f.ruleName} for this file`]);
  for (const [scope, title] of scopes) {
    const edits = suppressionEdits(t, f.ruleId, scope, f.resource);
    if (!edits) continue;
    const rendered = tryRender({ title, safety: 'safe', edits }, analysis, text);
    if (rendered) out.push(quickFix(doc, title, d, rendered, false, select));
  }
  return out;
}

/** Every safe fix of unsuppressed findings whose edits do not collide, in one edit set. */
export function fixAllEdits(analysis: DocumentAnalysis, text: string): OffsetEdit[] {
  return fixAllPlan(analysis, text).edits;
}

/** The fixes "fix all" applies (the first safe fix of each unsuppressed finding that does not collide) and their edits. */
export function fixAllPlan(analysis: Pick<DocumentAnalysis, 'findings' | 'format' | 'template' | 'policy'>, text: string): { edits: OffsetEdit[]; applied: Array<{ finding: Finding; fix: Fix }> } {
  const chosen: OffsetEdit[] = [];
  const applied: Array<{ finding: Finding; fix: Fix }> = [];
  // Two fixes that both create the same key (e.g. a missing `Properties`) would collide: keep the first.
  const keys = new Set<string>();
  for (const f of analysis.findings) {
    if (f.suppressed) continue;
    const fix = f.fixes.find((x) => x.safety === 'safe');
    if (!fix) continue;
    const setKeys = fix.edits.flatMap((e) => (e.op === 'set' ? [`${e.target.offset}:${e.key}`] : e.op === 'add-top-level' ? [`top:${e.section}:${e.key}`] : []));
    if (setKeys.some((k) => keys.has(k))) continue;
    const edits = tryRender(fix, analysis, text);
    if (!edits) continue;
    if (edits.some((e) => chosen.some((c) => overlaps(c, e)))) continue;
    chosen.push(...edits);
    applied.push({ finding: f, fix });
    for (const k of setKeys) keys.add(k);
  }
  return { edits: mergeEdits(chosen), applied };
}

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  if (a.length === 0 && b.length === 0) return false;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}
