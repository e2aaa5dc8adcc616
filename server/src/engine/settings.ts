/**
 * Settings, parsed once at the boundary (LSP configuration, CLI flags, config file) into one shape.
 */
import { CATEGORIES, type Category, SEVERITIES, type Severity } from './rule-types';

export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, number | string | boolean> };

export interface Settings {
  enable: boolean;
  /** By rule id or rule name. */
  rules: Record<string, RuleSetting>;
  /** Categories switched off. */
  disabledCategories: Category[];
  /** Glob patterns (relative to the workspace/scan root) of files to analyse; empty means all. */
  include: string[];
  exclude: string[];
  /** Honour other tools' in-template suppressions for rules that declare the equivalent id. */
  honorForeignSuppressions: boolean;
  /** Where CDK findings appear: in the CDK app source, the synthesized template, or both. */
  cdkFindingsIn: 'source' | 'template' | 'both';
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enable: true,
  rules: {},
  disabledCategories: [],
  include: [],
  exclude: ['**/node_modules/**', '**/.git/**'],
  honorForeignSuppressions: true,
  cdkFindingsIn: 'source',
}) as Settings;

/** Parses untrusted configuration (from a client or a file) into Settings; bad entries are dropped, not fatal. */
export function parseSettings(raw: unknown): { settings: Settings; warnings: string[] } {
  const warnings: string[] = [];
  const s: Settings = { ...DEFAULT_SETTINGS, rules: {}, disabledCategories: [], include: [], exclude: [...DEFAULT_SETTINGS.exclude] };
  if (!raw || typeof raw !== 'object') return { settings: s, warnings };
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  if (r.rules && typeof r.rules === 'object') {
    for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
      if (v === 'off' || (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v))) s.rules[k] = v as RuleSetting;
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const sev = typeof o.severity === 'string' && (o.severity === 'off' || (SEVERITIES as readonly string[]).includes(o.severity)) ? (o.severity as Severity | 'off') : undefined;
        const options = o.options && typeof o.options === 'object' ? (o.options as Record<string, number | string | boolean>) : undefined;
        s.rules[k] = { ...(sev ? { severity: sev } : {}), ...(options ? { options } : {}) };
      } else warnings.push(`shieldwall.rules.${k}: expected "off", a severity, or {severity, options}`);
    }
  }
  const cats = r.categories;
  if (cats && typeof cats === 'object') {
    for (const [k, v] of Object.entries(cats as Record<string, unknown>)) {
      if (!(CATEGORIES as readonly string[]).includes(k)) warnings.push(`shieldwall.categories.${k}: unknown category`);
      else if (v === 'off' || v === false) s.disabledCategories.push(k as Category);
    }
  }
  if (Array.isArray(r.disabledCategories)) for (const c of r.disabledCategories) if ((CATEGORIES as readonly string[]).includes(c as string)) s.disabledCategories.push(c as Category);
  if (Array.isArray(r.include)) s.include = r.include.filter((x): x is string => typeof x === 'string');
  if (Array.isArray(r.exclude)) s.exclude = [...DEFAULT_SETTINGS.exclude, ...r.exclude.filter((x): x is string => typeof x === 'string')];
  if (typeof r.honorForeignSuppressions === 'boolean') s.honorForeignSuppressions = r.honorForeignSuppressions;
  if (r.cdkFindingsIn === 'source' || r.cdkFindingsIn === 'template' || r.cdkFindingsIn === 'both') s.cdkFindingsIn = r.cdkFindingsIn;
  return { settings: s, warnings };
}
