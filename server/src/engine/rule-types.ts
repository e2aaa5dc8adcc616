/**
 * The rule contract. A rule is data (`meta`) plus pure checks over the model; it never builds ranges or
 * diagnostics and never knows whether its input came from YAML, JSON or a live AWS API.
 */
import type { ConditionBranch, EvalEnv, Tri, Value, Variant } from '../model/evaluate';
import type { Node, Path } from '../model/nodes';
import type { PolicyDocument } from '../model/policy';
import type { DocumentKind, Resource, Template } from '../model/template';
import type { Fix } from './fix-types';

export const CATEGORIES = [
  'encryption-at-rest',
  'encryption-in-transit',
  'network-exposure',
  'iam-least-privilege',
  'mfa',
  'logging',
  'public-access',
  'secrets',
  'resilience',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Ids of the same check in other tools and in compliance frameworks. */
export interface Equivalents {
  checkov?: string[];
  cfnNag?: string[];
  cfnLint?: string[];
  guard?: string[];
  trivy?: string[];
  /** AWS Security Hub Foundational Security Best Practices control ids, e.g. "S3.4". */
  securityHub?: string[];
  /** CIS AWS Foundations Benchmark control ids. */
  cis?: string[];
}

export interface RuleMeta {
  /** Stable id, never reused: `SW` + four digits. */
  id: string;
  /** Kebab-case name of the pattern (not of the fix), equal to the file name. */
  name: string;
  /** Family folder: s3, ec2, iam, rds, … */
  family: string;
  category: Category;
  severity: Severity;
  /** One line. */
  description: string;
  appliesTo: readonly DocumentKind[];
  /** Message templates; `{{name}}` placeholders are filled from `report({data})`. */
  messages: Readonly<Record<string, string>>;
  fix: 'safe' | 'unsafe' | 'none';
  /** AWS documentation links. */
  references: readonly string[];
  equivalents: Equivalents;
  /** For CDK users: the L2 construct property that fixes it, e.g. `encryption: s3.BucketEncryption.S3_MANAGED`. */
  cdk?: string;
  /** Default options (overridable per rule in settings). */
  options?: Readonly<Record<string, number | string | boolean>>;
}

/** A finding target: a node, or a lookup variant (missing variants point at the closest existing key). */
export type Target = Node | Variant;

export interface Report {
  at: Target;
  /** Key into `meta.messages`. */
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  fixes?: Fix[];
  /** Extra locations (the parameter default that caused it, the other resource involved…). */
  related?: Array<{ node: Node; message: string }>;
  /** Conditions to state in addition to the target variant's own. */
  conditions?: ConditionBranch[];
  /**
   * A lower severity for this report than the rule's default, when the same pattern is less risky in
   * this form (e.g. a property left to a secure AWS default vs. explicitly set insecure). A severity
   * chosen in the user's settings always wins.
   */
  severity?: Severity;
}

/** What every check can do. */
export interface BaseContext {
  readonly template: Template | undefined;
  readonly env: EvalEnv;
  readonly kind: DocumentKind;
  /** The rule's options, defaults merged with settings. */
  readonly options: Readonly<Record<string, number | string | boolean>>;
  report(r: Report): void;
  /** Evaluates a node (or a variant's node) to a value, with Unknown where the template does not decide. */
  value(target: Node | Variant | undefined): Value;
  /** Three-valued boolean of a node or variant. A missing variant is 'unknown'. */
  bool(target: Node | Variant | undefined): Tri;
  /**
   * Looks up `path` under a node, expanding Fn::If and parameter defaults. Pass the variant itself
   * (not `variant.node`) to keep the Fn::If conditions and parameter it came from.
   */
  lookup(start: Node | Variant | undefined, path: Path | string): Variant[];
  /** The resource a `Ref`/`Fn::GetAtt`/`${X}` node points at, if it is in this template. */
  resolveRef(node: Node | undefined): Resource | undefined;
  /** Resources that reference `resource` (by Ref, GetAtt or Sub), optionally of the given types. */
  referrers(resource: Resource, ...types: string[]): Resource[];
  /** All resources of the given types. */
  resourcesOfType(...types: string[]): Resource[];
  /** Every policy document embedded in a resource. */
  policiesOf(resource: Resource): PolicyDocument[];
}

export interface ResourceContext extends BaseContext {
  readonly resource: Resource;
  readonly template: Template;
  /** Looks up a path under `Properties`. */
  prop(path: Path | string): Variant[];
}

export interface PolicyContext extends BaseContext {
  readonly policy: PolicyDocument;
}

export interface TemplateContext extends BaseContext {
  readonly template: Template;
}

export interface RuleDefinition {
  meta: RuleMeta;
  /** Runs once per resource of the listed types. Results are cached per resource. */
  resource?: { types: readonly string[]; check(ctx: ResourceContext): void };
  /** Runs once per policy document: standalone files and every policy embedded in a template. */
  policy?: { kinds?: readonly PolicyDocument['kind'][]; check(ctx: PolicyContext): void };
  /** Runs once per template, on every analysis: keep it cheap. */
  template?: { check(ctx: TemplateContext): void };
}

/** Declares a rule. Identity function that gives rule files type checking and a single shape. */
export function defineRule(def: RuleDefinition): RuleDefinition {
  return def;
}
