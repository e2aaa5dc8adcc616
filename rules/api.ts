/**
 * The rule API: everything a rule may import. Rules never import LSP, vscode or I/O.
 */
export { defineRule, CATEGORIES, SEVERITIES } from '../server/src/engine/rule-types';
export type {
  Category,
  Severity,
  Equivalents,
  RuleMeta,
  RuleDefinition,
  ResourceContext,
  PolicyContext,
  TemplateContext,
  BaseContext,
  Report,
  Target,
} from '../server/src/engine/rule-types';
export type { Fix, Edit, FixValue } from '../server/src/engine/fix-types';
export { Unknown, isUnknown, containsUnknown, toTri, describeConditions, refTarget } from '../server/src/model/evaluate';
export type { Variant, Value, Json, Tri, ConditionBranch } from '../server/src/model/evaluate';
export { isMap, isSeq, isScalar, str, getIn, toPlain, walk } from '../server/src/model/nodes';
export type { Node, MapNode, SeqNode, ScalarNode, Path } from '../server/src/model/nodes';
export type { Resource, Template, Parameter, DocumentKind } from '../server/src/model/template';
export type { PolicyDocument, Statement, PolicyValue, Principals, PolicyKind } from '../server/src/model/policy';
export * as helpers from './helpers';
export { conditionEntries, mfaDeny, mfaRequirement, iamMatch, patternsOverlap } from '../server/src/model/iam/conditions';
export type { ConditionEntry, MfaDeny, MfaRequirement } from '../server/src/model/iam/conditions';
export { sensitiveActions, sensitiveActionsExcept, summarize, isSensitive } from '../server/src/model/iam/sensitive';
export { accessLevel, actionsMatching, canonicalAction, expandActionPattern, isKnownAction, isKnownService, nearestAction, someActionMatching, coveredActions, patternMatchesAction } from '../server/src/model/iam/action-catalog';
export type { AccessLevel, ActionInfo } from '../server/src/model/iam/action-catalog';
export { denyCoversConsole } from '../server/src/model/iam/conditions';
export { actionInfo, isKnownConditionKey } from '../server/src/model/iam/action-catalog';
export { stringPolicySource } from '../server/src/model/policy';
