/** Human-readable output: file:line:col, severity, rule id, message, and a code frame. */
import { codeFrameColumns } from '@babel/code-frame';
import { SEVERITIES, type Severity } from '../engine/rule-types';
import { type FileResult, findingRange, problemRange } from './results';

export interface TextOptions {
  color: boolean;
  codeFrame: boolean;
}

const COLORS: Record<Severity | 'error' | 'warning', string> = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m', error: '\x1b[31m', warning: '\x1b[33m' };

export function toText(results: readonly FileResult[], opts: TextOptions): string {
  const out: string[] = [];
  const paint = (s: string, c: keyof typeof COLORS) => (opts.color ? `${COLORS[c]}${s}\x1b[0m` : s);
  const counts = new Map<Severity, number>();
  let suppressed = 0;
  let files = 0;
  let errors = 0;
  for (const r of results) {
    if (r.error) {
      out.push(`${r.file}: ${paint('error', 'error')} ${r.error}`);
      errors++;
      continue;
    }
    const a = r.analysis;
    if (!a || !a.kind) continue;
    files++;
    for (const p of a.problems) {
      const rg = problemRange(r, p);
      out.push(`${r.file}:${rg.start.line + 1}:${rg.start.character + 1}  ${paint(p.severity, p.severity)}  ${p.code}  ${p.message}`);
      if (p.severity === 'error') errors++;
    }
    const shown = a.findings.filter((f) => !f.suppressed).sort((x, y) => x.node.offset - y.node.offset);
    suppressed += a.findings.length - shown.length;
    for (const f of shown) {
      const rg = findingRange(r, f);
      counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
      out.push(`${r.file}:${rg.start.line + 1}:${rg.start.character + 1}  ${paint(f.severity.padEnd(8), f.severity)}  ${f.ruleId}  ${f.message}${f.constructPath ? ` [${f.constructPath}]` : ''}`);
      const source = r.sources?.[a.findings.indexOf(f)];
      if (source) out.push(`    CDK source: ${source.file}:${source.line + 1}:${source.character + 1}`);
      if (opts.codeFrame) {
        const frame = codeFrameColumns(
          r.text,
          { start: { line: rg.start.line + 1, column: rg.start.character + 1 }, end: { line: rg.end.line + 1, column: rg.end.character + 1 } },
          { highlightCode: false, linesAbove: 1, linesBelow: 1 },
        );
        out.push(frame.replace(/^/gm, '    '), '');
      }
    }
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const bySev = SEVERITIES.filter((s) => counts.get(s)).map((s) => `${counts.get(s)} ${s}`).join(', ');
  out.push(`${total} finding${total === 1 ? '' : 's'}${bySev ? ` (${bySev})` : ''} in ${files} file${files === 1 ? '' : 's'}${suppressed ? `, ${suppressed} suppressed` : ''}${errors ? `, ${errors} error${errors === 1 ? '' : 's'}` : ''}`);
  return out.join('\n');
}
