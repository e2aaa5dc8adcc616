/** Hovering a finding shows its rule's documentation: what, why, how to fix. */
import type { Hover, HoverParams } from 'vscode-languageserver';
import { ruleMarkdown } from '../engine/registry';
import { toRange } from '../lsp/convert';
import type { ServerState } from './state';

export function hover(state: ServerState, params: HoverParams): Hover | null {
  const doc = state.documents.get(params.textDocument.uri);
  const latest = state.latest.get(params.textDocument.uri);
  if (!doc || !latest || latest.version !== doc.version) return null;
  const offset = doc.offsetAt(params.position);
  const hits = latest.analysis.findings.filter((f) => !f.suppressed && offset >= f.node.offset && offset <= f.node.end);
  if (hits.length === 0) return null;
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const f of hits) {
    if (seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    const rule = state.rules.get(f.ruleId);
    if (rule) parts.push(`**${f.message}**\n\n${ruleMarkdown(rule, { heading: 3 })}`);
  }
  const first = hits[0]!;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') }, range: toRange(doc, first.node.offset, first.node.length) };
}
