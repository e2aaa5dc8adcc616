/** Markdown report (Export Findings): a summary table per severity, then one section per file. */
import { SEVERITIES, type Severity } from '../engine/rule-types';
import { ruleDocUrl } from '../lsp/convert';
import { type FileResult, TOOL_VERSION, findingRange } from './results';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function toMarkdown(results: readonly FileResult[]): string {
  const counts = new Map<Severity, number>();
  const sections: string[] = [];
  let suppressed = 0;
  let files = 0;
  for (const r of results) {
    const a = r.analysis;
    if (r.error || !a || !a.kind) continue;
    files++;
    const shown = a.findings.filter((f) => !f.suppressed).sort((x, y) => x.node.offset - y.node.offset);
    suppressed += a.findings.length - shown.length;
    if (shown.length === 0) continue;
    const rows = shown.map((f) => {
      counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
      const rg = findingRange(r, f);
      return `| ${rg.start.line + 1}:${rg.start.character + 1} | ${f.severity} | [${f.ruleId}](${ruleDocUrl(f.ruleId, f.ruleName)}) ${f.ruleName} | ${escapeCell(f.resource ?? '')} | ${escapeCell(f.message)} |`;
    });
    sections.push(`## ${r.file}\n\n| Line | Severity | Rule | Resource | Message |\n|---|---|---|---|---|\n${rows.join('\n')}`);
  }
  const total = [...counts.values()].reduce((x, y) => x + y, 0);
  const summary = SEVERITIES.filter((s) => counts.get(s)).map((s) => `| ${s} | ${counts.get(s)} |`);
  return (
    [
      `# Shieldwall findings`,
      `${total} finding${total === 1 ? '' : 's'} in ${files} analysed file${files === 1 ? '' : 's'}${suppressed ? ` (${suppressed} suppressed, not listed)` : ''}. Shieldwall ${TOOL_VERSION}.`,
      ...(summary.length > 0 ? [`| Severity | Findings |\n|---|---|\n${summary.join('\n')}`] : []),
      ...sections,
    ].join('\n\n') + '\n'
  );
}
