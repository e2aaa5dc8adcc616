/**
 * SARIF 2.1.0 output, shaped for GitHub code scanning: 1-based regions, rule metadata with help text,
 * `security-severity` scores, and in-source suppressions.
 */
import type { RuleSet } from '../engine/engine';
import { equivalentsLine, ruleDoc, ruleMarkdown } from '../engine/registry';
import type { Severity } from '../engine/rule-types';
import { ruleDocUrl } from '../lsp/convert';
import { type FileResult, TOOL_VERSION, findingRange, problemRange } from './results';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub maps security-severity to critical (≥9), high (≥7), medium (≥4), low. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

export function toSarif(results: readonly FileResult[], rules: RuleSet): object {
  const ruleIndex = new Map<string, number>();
  const driverRules = rules.all.map((r, i) => {
    ruleIndex.set(r.meta.id, i);
    const doc = ruleDoc(r.meta);
    return {
      id: r.meta.id,
      name: pascal(r.meta.name),
      shortDescription: { text: r.meta.description },
      fullDescription: { text: doc['What it does']?.replace(/\s+/g, ' ') ?? r.meta.description },
      helpUri: ruleDocUrl(r.meta.id, r.meta.name),
      help: { text: `${r.meta.description}. ${equivalentsLine(r.meta)}`.trim(), markdown: ruleMarkdown(r) },
      defaultConfiguration: { level: LEVEL[r.meta.severity] },
      properties: { tags: ['security', r.meta.category, r.meta.family], precision: 'high', 'problem.severity': LEVEL[r.meta.severity] === 'note' ? 'recommendation' : LEVEL[r.meta.severity], 'security-severity': SECURITY_SEVERITY[r.meta.severity] },
    };
  });
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  const artifacts: string[] = [];
  for (const r of results) {
    if (r.error) {
      notifications.push({ level: 'error', message: { text: `${r.file}: ${r.error}` } });
      continue;
    }
    const a = r.analysis;
    if (!a || !a.kind) continue;
    artifacts.push(r.file);
    for (const p of a.problems) {
      const rg = problemRange(r, p);
      notifications.push({ level: p.severity === 'error' ? 'error' : 'warning', message: { text: `${p.message} [${p.code}]` }, locations: [location(r.file, rg)] });
    }
    for (const f of a.findings) {
      const rg = findingRange(r, f);
      sarifResults.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location(r.file, rg, f.resource)],
        partialFingerprints: { 'shieldwall/v1': `${f.ruleId}:${f.resource ?? ''}:${f.path.join('/')}` },
        ...(f.related.length > 0 ? { relatedLocations: f.related.map((x, i) => ({ id: i + 1, message: { text: x.message }, physicalLocation: location(r.file, { start: pos(r, x.node.offset), end: pos(r, x.node.end) }).physicalLocation })) } : {}),
        ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Shieldwall', version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: 'https://github.com/shieldwall/shieldwall', rules: driverRules } },
        artifacts: artifacts.map((a) => ({ location: { uri: a, uriBaseId: '%SRCROOT%' } })),
        results: sarifResults,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

function pos(r: FileResult, offset: number) {
  return problemRange(r, { offset, length: 0, code: 'internal-error', message: '', severity: 'warning' }).start;
}

function location(file: string, rg: { start: { line: number; character: number }; end: { line: number; character: number } }, resource?: string) {
  return {
    physicalLocation: {
      artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
      region: { startLine: rg.start.line + 1, startColumn: rg.start.character + 1, endLine: rg.end.line + 1, endColumn: rg.end.character + 1 },
    },
    ...(resource ? { logicalLocations: [{ name: resource, kind: 'resource' }] } : {}),
  };
}

function pascal(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}
