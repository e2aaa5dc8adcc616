/**
 * In-template suppressions.
 *
 * Shieldwall's own form, at resource or template level, always with a reason:
 *
 *     Metadata:
 *       shieldwall:
 *         suppress:
 *           - id: SW1001            # rule id or rule name
 *             reason: Public website bucket, reviewed in SEC-123
 *
 * For teams migrating from other tools, their suppressions are honoured for rules that declare the
 * equivalent id: cfn-lint `Metadata.cfn-lint.config.ignore_checks`, cfn_nag
 * `Metadata.cfn_nag.rules_to_suppress`, checkov `Metadata.checkov.skip` and Guard
 * `Metadata.guard.SuppressedRules`.
 */
import type { ParseProblem } from '../documents/problems';
import { type MapNode, type Node, isMap, isSeq, str } from '../model/nodes';
import type { Template } from '../model/template';
import type { RuleSet } from './engine';
import type { Finding, Suppression } from './finding';
import type { Equivalents } from './rule-types';
import type { Settings } from './settings';

interface Entry {
  /** Lower-cased rule id or name, or a foreign id. */
  id: string;
  reason: string;
  via: Suppression['via'];
}

/** Marks suppressed findings in place and reports malformed suppressions as problems. */
export function applySuppressions(findings: Finding[], template: Template | undefined, problems: ParseProblem[], settings: Settings, rules: RuleSet): void {
  if (!template) return;
  const templateLevel = read(template.metadata, 'shieldwall-template', problems, rules, settings);
  const perResource = new Map<string, Entry[]>();
  // Read (and validate) every resource's suppressions, even where nothing is currently reported.
  for (const r of template.resources.values()) {
    if (!r.metadata) continue;
    const e = read(r.metadata, 'shieldwall-resource', problems, rules, settings);
    if (e.length > 0) perResource.set(r.logicalId, e);
  }
  if (perResource.size === 0 && templateLevel.length === 0) {
    for (const f of findings) f.suppressed = undefined;
    return;
  }
  for (const f of findings) {
    f.suppressed = undefined;
    const own = f.resource ? perResource.get(f.resource) : undefined;
    if (!own && templateLevel.length === 0) continue;
    const eq = rules.get(f.ruleId)?.meta.equivalents;
    const hit = own?.find((e) => matches(e, f, eq)) ?? templateLevel.find((e) => matches(e, f, eq));
    if (hit) f.suppressed = { reason: hit.reason, via: hit.via };
  }
}

function matches(e: Entry, f: Finding, eq: Equivalents | undefined): boolean {
  if (e.via === 'shieldwall-resource' || e.via === 'shieldwall-template') return e.id === f.ruleId.toLowerCase() || e.id === f.ruleName.toLowerCase();
  if (!eq) return false;
  const ids = e.via === 'cfn-lint' ? eq.cfnLint : e.via === 'cfn_nag' ? eq.cfnNag : e.via === 'checkov' ? eq.checkov : e.via === 'guard' ? eq.guard : undefined;
  return (ids ?? []).some((id) => id.toLowerCase() === e.id);
}

function read(md: MapNode | undefined, via: 'shieldwall-resource' | 'shieldwall-template', problems: ParseProblem[], rules: RuleSet, settings: Settings): Entry[] {
  if (!md) return [];
  const out: Entry[] = [];
  const sw = md.get('shieldwall');
  const list = isMap(sw) ? sw.get('suppress') : undefined;
  if (isSeq(list)) {
    for (const item of list.items) {
      const id = isMap(item) ? str(item.get('id')) : str(item);
      const reason = isMap(item) ? str(item.get('reason'))?.trim() : undefined;
      if (!id) {
        problems.push(problem(item, 'Suppression needs an id (a rule id such as SW1001, or a rule name)'));
        continue;
      }
      if (!rules.get(id)) problems.push(problem(isMap(item) ? (item.get('id') ?? item) : item, `Unknown rule '${id}' in suppression`));
      if (!reason) {
        problems.push(problem(isMap(item) ? (item.entry('reason')?.keyNode ?? item.get('id') ?? item) : item, `Suppression of ${id} needs a reason; the finding stays until one is given`));
        continue;
      }
      out.push({ id: id.toLowerCase(), reason, via });
    }
  } else if (sw && list !== undefined) {
    problems.push(problem(list, 'shieldwall.suppress must be a list of {id, reason}'));
  }
  if (!settings.honorForeignSuppressions) return out;
  // cfn-lint
  const lint = md.get('cfn-lint');
  const ignore = isMap(lint) && isMap(lint.get('config')) ? (lint.get('config') as MapNode).get('ignore_checks') : undefined;
  if (isSeq(ignore)) for (const i of ignore.items) pushForeign(out, str(i), 'suppressed with cfn-lint ignore_checks', 'cfn-lint');
  // cfn_nag
  const nag = md.get('cfn_nag');
  const nagList = isMap(nag) ? nag.get('rules_to_suppress') : undefined;
  if (isSeq(nagList)) for (const i of nagList.items) if (isMap(i)) pushForeign(out, str(i.get('id')), str(i.get('reason')) ?? 'suppressed with cfn_nag', 'cfn_nag');
  // checkov
  const ck = md.get('checkov');
  const skip = isMap(ck) ? ck.get('skip') : undefined;
  if (isSeq(skip)) for (const i of skip.items) if (isMap(i)) pushForeign(out, str(i.get('id')), str(i.get('comment')) ?? 'suppressed with checkov skip', 'checkov');
  // Guard
  const guard = md.get('guard');
  const g = isMap(guard) ? guard.get('SuppressedRules') : undefined;
  if (isSeq(g)) for (const i of g.items) pushForeign(out, str(i), 'suppressed with Guard SuppressedRules', 'guard');
  return out;
}

function pushForeign(out: Entry[], id: string | undefined, reason: string, via: Suppression['via']): void {
  if (id) out.push({ id: id.toLowerCase(), reason, via });
}

function problem(node: Node, message: string): ParseProblem {
  return { code: 'invalid-suppression', message, severity: 'warning', offset: node.offset, length: node.length };
}
