/** A finding: what a rule reported, resolved to a node, with everything the front ends need. */
import type { ConditionBranch } from '../model/evaluate';
import type { Node, PathSegment } from '../model/nodes';
import type { Fix } from './fix-types';
import type { Category, Severity } from './rule-types';

export interface Suppression {
  reason: string;
  /** Where it came from: `shieldwall` (resource or template), or a foreign tool's metadata. */
  via: 'shieldwall-resource' | 'shieldwall-template' | 'cfn-lint' | 'cfn_nag' | 'checkov' | 'guard' | 'sidecar' | 'settings';
}

export interface Finding {
  ruleId: string;
  ruleName: string;
  category: Category;
  severity: Severity;
  message: string;
  /** The node the finding points at (value, key, or the resource's logical-id key). */
  node: Node;
  /** Logical id; for a standalone IAM policy, the statement's Sid or `Statement[i]`. */
  resource: string | undefined;
  resourceType: string | undefined;
  path: PathSegment[];
  conditions: ConditionBranch[];
  fixes: Fix[];
  related: Array<{ node: Node; message: string }>;
  suppressed: Suppression | undefined;
  /** CDK construct path when the resource carries `aws:cdk:path`. */
  constructPath: string | undefined;
}
