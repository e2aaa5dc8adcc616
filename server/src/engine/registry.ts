/** The built-in rule set and its documentation, generated from the rule files. */
import { RULE_DOCS } from '../../../rules/generated/docs';
import { RULES } from '../../../rules/generated/registry';
import { RuleSet } from './engine';
import type { RuleDefinition, RuleMeta } from './rule-types';

let builtIn: RuleSet | undefined;

/** Every built-in rule (created once). */
export function builtInRules(): RuleSet {
  builtIn ??= new RuleSet(RULES);
  return builtIn;
}

export type RuleDocSection = 'What it does' | 'Why it matters' | 'Example' | 'Use instead' | 'Fix safety' | 'References';

/** Documentation sections of a rule, from its doc comment. */
export function ruleDoc(meta: RuleMeta): Partial<Record<RuleDocSection, string>> {
  return (RULE_DOCS[meta.name] ?? {}) as Partial<Record<RuleDocSection, string>>;
}

/** The rule's documentation as Markdown (hover, docs page, Show Rule Documentation). */
export function ruleMarkdown(rule: RuleDefinition, opts: { heading?: number } = {}): string {
  const m = rule.meta;
  const h = '#'.repeat(opts.heading ?? 3);
  const doc = ruleDoc(m);
  const parts = [`${h} ${m.id} ${m.name}`, `${m.description}  \n*${m.category}* · severity **${m.severity}** · fix: ${m.fix}`];
  for (const s of ['What it does', 'Why it matters', 'Example', 'Use instead', 'Fix safety'] as const) if (doc[s]) parts.push(`**${s}**\n\n${doc[s]}`);
  if (m.cdk) parts.push(`**In CDK**: \`${m.cdk}\``);
  const eq = equivalentsLine(m);
  if (eq) parts.push(`**Equivalents**: ${eq}`);
  const refs = doc.References ?? m.references.map((r) => `- ${r}`).join('\n');
  if (refs) parts.push(`**References**\n\n${refs}`);
  return parts.join('\n\n');
}

export function equivalentsLine(m: RuleMeta): string {
  const e = m.equivalents;
  const items: string[] = [];
  const add = (label: string, ids: string[] | undefined) => {
    if (ids && ids.length > 0) items.push(`${label} ${ids.join(', ')}`);
  };
  add('checkov', e.checkov);
  add('cfn_nag', e.cfnNag);
  add('cfn-lint', e.cfnLint);
  add('Guard', e.guard);
  add('Trivy', e.trivy);
  add('Security Hub', e.securityHub);
  add('CIS', e.cis);
  return items.join(' · ');
}
