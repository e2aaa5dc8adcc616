/**
 * The IAM policy model: where policies live in a template, and each statement normalised (string or
 * list forms, Fn::If branches, policies written as JSON strings).
 */
import { parseJsonValue } from '../documents/parse-json';
import { type ConditionBranch, type EvalEnv, Unknown, evaluate, expand } from './evaluate';
import { type MapNode, type Node, type ScalarNode, isMap, isScalar, isSeq, str, walk } from './nodes';
import type { Resource } from './template';

export type PolicyKind = 'identity' | 'trust' | 'resource' | 'boundary' | 'scp' | 'endpoint';

/** A string value inside a policy (an action, a resource ARN…) with the node it came from. */
export interface PolicyValue {
  /** The literal string, or Unknown when computed (e.g. `!Sub arn:…:${Bucket}` keeps the text, `!GetAtt` does not). */
  value: string | Unknown;
  node: Node;
  conditions: ConditionBranch[];
}

export interface Statement {
  node: Node;
  index: number;
  sid: string | undefined;
  effect: 'Allow' | 'Deny' | undefined;
  effectNode: Node | undefined;
  action: PolicyValue[] | undefined;
  notAction: PolicyValue[] | undefined;
  resource: PolicyValue[] | undefined;
  notResource: PolicyValue[] | undefined;
  /** Principal as written; `'*'` is normalised to `{AWS: ['*']}`. */
  principal: Principals | undefined;
  notPrincipal: Principals | undefined;
  condition: MapNode | undefined;
  /** Fn::If branches the statement itself sits under. */
  conditions: ConditionBranch[];
}

/** Principal type (AWS, Service, Federated, CanonicalUser) → values. */
export interface Principals {
  node: Node;
  byType: Map<string, PolicyValue[]>;
}

export interface PolicyDocument {
  kind: PolicyKind;
  node: Node;
  statements: Statement[];
  /** The resource embedding the policy, when in a template. */
  owner: Resource | undefined;
  /** Property path inside the owner, e.g. `Policies[0].PolicyDocument`. */
  where: string;
  /** A human label for messages, e.g. "role AppRole's trust policy". */
  label: string;
}

interface PolicyLocation {
  path: Array<string | '*'>;
  kind: PolicyKind;
  label: string;
}

/** Resource type → where its policies are. */
export const POLICY_LOCATIONS: Readonly<Record<string, PolicyLocation[]>> = {
  'AWS::IAM::Role': [
    { path: ['AssumeRolePolicyDocument'], kind: 'trust', label: 'trust policy' },
    { path: ['Policies', '*', 'PolicyDocument'], kind: 'identity', label: 'inline policy' },
  ],
  'AWS::IAM::User': [{ path: ['Policies', '*', 'PolicyDocument'], kind: 'identity', label: 'inline policy' }],
  'AWS::IAM::Group': [{ path: ['Policies', '*', 'PolicyDocument'], kind: 'identity', label: 'inline policy' }],
  'AWS::IAM::Policy': [{ path: ['PolicyDocument'], kind: 'identity', label: 'policy' }],
  'AWS::IAM::ManagedPolicy': [{ path: ['PolicyDocument'], kind: 'identity', label: 'managed policy' }],
  'AWS::IAM::RolePolicy': [{ path: ['PolicyDocument'], kind: 'identity', label: 'role policy' }],
  'AWS::IAM::UserPolicy': [{ path: ['PolicyDocument'], kind: 'identity', label: 'user policy' }],
  'AWS::IAM::GroupPolicy': [{ path: ['PolicyDocument'], kind: 'identity', label: 'group policy' }],
  'AWS::S3::BucketPolicy': [{ path: ['PolicyDocument'], kind: 'resource', label: 'bucket policy' }],
  'AWS::S3::AccessPoint': [{ path: ['Policy'], kind: 'resource', label: 'access point policy' }],
  'AWS::SQS::QueuePolicy': [{ path: ['PolicyDocument'], kind: 'resource', label: 'queue policy' }],
  'AWS::SNS::TopicPolicy': [{ path: ['PolicyDocument'], kind: 'resource', label: 'topic policy' }],
  'AWS::KMS::Key': [{ path: ['KeyPolicy'], kind: 'resource', label: 'key policy' }],
  'AWS::SecretsManager::ResourcePolicy': [{ path: ['ResourcePolicy'], kind: 'resource', label: 'secret policy' }],
  'AWS::ECR::Repository': [{ path: ['RepositoryPolicyText'], kind: 'resource', label: 'repository policy' }],
  'AWS::OpenSearchService::Domain': [{ path: ['AccessPolicies'], kind: 'resource', label: 'domain access policy' }],
  'AWS::Elasticsearch::Domain': [{ path: ['AccessPolicies'], kind: 'resource', label: 'domain access policy' }],
  'AWS::Logs::ResourcePolicy': [{ path: ['PolicyDocument'], kind: 'resource', label: 'log resource policy' }],
  'AWS::ApiGateway::RestApi': [{ path: ['Policy'], kind: 'resource', label: 'API resource policy' }],
  'AWS::EC2::VPCEndpoint': [{ path: ['PolicyDocument'], kind: 'endpoint', label: 'endpoint policy' }],
  'AWS::EFS::FileSystem': [{ path: ['FileSystemPolicy'], kind: 'resource', label: 'file system policy' }],
  'AWS::Backup::BackupVault': [{ path: ['AccessPolicy'], kind: 'resource', label: 'vault access policy' }],
  'AWS::Organizations::Policy': [{ path: ['Content'], kind: 'scp', label: 'organization policy' }],
  'AWS::SSO::PermissionSet': [{ path: ['InlinePolicy'], kind: 'identity', label: 'permission set inline policy' }],
  'AWS::S3::MultiRegionAccessPointPolicy': [{ path: ['Policy'], kind: 'resource', label: 'multi-region access point policy' }],
  'AWS::S3Express::BucketPolicy': [{ path: ['PolicyDocument'], kind: 'resource', label: 'directory bucket policy' }],
  'AWS::IoT::Policy': [{ path: ['PolicyDocument'], kind: 'identity', label: 'IoT policy' }],
};

/** Every policy document embedded in a resource. */
export function policiesOf(resource: Resource, env: EvalEnv): PolicyDocument[] {
  const locs = resource.type ? POLICY_LOCATIONS[resource.type] : undefined;
  const props = resource.properties;
  if (!locs || !props) return [];
  const out: PolicyDocument[] = [];
  for (const loc of locs) {
    for (const { node, where, conditions } of find(props, loc.path, env, [], '')) {
      const doc = asPolicyNode(node);
      if (!doc) continue;
      out.push(buildPolicy(doc, loc.kind, env, resource, where, `${loc.label} of ${resource.logicalId}`, conditions));
    }
  }
  return out;
}

function find(node: Node, path: Array<string | '*'>, env: EvalEnv, conds: ConditionBranch[], where: string): Array<{ node: Node; where: string; conditions: ConditionBranch[] }> {
  if (path.length === 0) {
    return expand(node, env, node, conds)
      .filter((v) => v.node)
      .map((v) => ({ node: v.node!, where, conditions: v.conditions }));
  }
  const [seg, ...rest] = path;
  const out: Array<{ node: Node; where: string; conditions: ConditionBranch[] }> = [];
  for (const v of expand(node, env, node, conds)) {
    if (!v.node) continue;
    if (seg === '*') {
      if (isSeq(v.node)) v.node.items.forEach((item, i) => out.push(...find(item, rest, env, v.conditions, `${where}[${i}]`)));
    } else if (isMap(v.node) && !v.node.intrinsic) {
      const c = v.node.get(seg!);
      if (c) out.push(...find(c, rest, env, v.conditions, where ? `${where}.${seg}` : seg!));
    }
  }
  return out;
}

/** Roots of policies parsed out of a string value, mapped to the string node they came from. */
const STRING_POLICY_ROOTS = new WeakMap<Node, Node>();

/**
 * The string node a node's policy was parsed from, when the node sits in a policy written as a JSON
 * string (e.g. `PolicyDocument: '{"Statement": …}'`); undefined otherwise. Fixes must not edit such
 * nodes: their paths are relative to the string, not to the document.
 */
export function stringPolicySource(node: Node): Node | undefined {
  let n: Node = node;
  while (n.parent) n = n.parent;
  return STRING_POLICY_ROOTS.get(n);
}

/**
 * A policy given as a map, or as a JSON string (parsed). Positions inside the string are exact when the
 * source spells the value character for character (`verbatim`: plain, single- or double-quoted without
 * escapes), or when it is a one-line double-quoted string with standard JSON escapes (`"{\"Version\": …}"`
 * in a JSON template, the usual CDK and hand-written form), a single-quoted YAML string with `''`, or
 * a `|` block scalar whose layout can be solved from its length (see literalBlockOffsets). Otherwise
 * (folded `>` scalars, unusual escapes) every inner node points at the whole string.
 */
export function asPolicyNode(node: Node): MapNode | undefined {
  if (isMap(node) && !node.intrinsic) return node;
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const text = node.value.trim();
  if (!text.startsWith('{')) return undefined;
  const raw = sourceSlice(node);
  if (raw !== undefined) {
    // Quoted or plain strings whose source text is the value itself: positions map exactly.
    const parsed = parseJsonValue(node.value, node.chunk, node.rel + raw);
    return adopt(parsed.root, node);
  }
  const parsed = parseJsonValue(node.value, { base: 0 });
  if (!isMap(parsed.root)) return undefined;
  const map = escapedOffsets(node);
  walk(parsed.root, (n) => {
    place(n, node, map);
    if (isMap(n)) for (const e of n.entries) place(e.keyNode, node, map);
  });
  return adopt(parsed.root, node);
}

function adopt(root: Node | undefined, source: Node): MapNode | undefined {
  if (!isMap(root)) return undefined;
  STRING_POLICY_ROOTS.set(root, source);
  return root;
}

/** Moves a node parsed from the string value to its place in the source (or onto the whole string). */
function place(n: Node, source: ScalarNode, map: number[] | undefined): void {
  const start = n.rel;
  const end = n.rel + n.length;
  n.chunk = source.chunk;
  if (map && end < map.length) {
    n.rel = source.rel + map[start]!;
    n.length = map[end]! - map[start]!;
  } else {
    n.rel = source.rel;
    n.length = source.length;
  }
}

/**
 * For a one-line quoted string whose source must be the standard escaping of its value (its length
 * matches exactly): the source offset (relative to the node) of every value index, plus one for the end.
 */
function escapedOffsets(node: ScalarNode): number[] | undefined {
  const value = node.value as string;
  if (node.style === 'single') {
    if (value.includes('\n') || value.replace(/'/g, "''").length + 2 !== node.length) return undefined;
    const out: number[] = [];
    let pos = 1;
    for (const ch of value) {
      for (let k = 0; k < ch.length; k++) out.push(pos + k);
      pos += ch === "'" ? 2 : ch.length;
    }
    out.push(pos);
    return out;
  }
  if (node.style === 'block-literal') return literalBlockOffsets(node);
  if (node.style !== 'json' && node.style !== 'double') return undefined;
  if (JSON.stringify(value).length !== node.length) return undefined;
  const out: number[] = [];
  let pos = 1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    out.push(pos);
    // Surrogate pairs are written as-is; everything else as JSON.stringify writes that one character.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff;
    if (pair) {
      out.push(pos + 1);
      pos += 2;
      i++;
      continue;
    }
    pos += JSON.stringify(value[i]).length - 2;
  }
  out.push(pos);
  return pos + 1 === node.length ? out : undefined;
}

/**
 * A `|` block scalar maps line by line: a header (`|`, `|-`, `|2-`: 1 to 3 characters), then each value
 * line indented by the same k spaces (empty lines written empty). The source text is not kept on the
 * node, so the header width and k are solved from the node's length; the mapping is used only when
 * exactly one (header, k) fits and at least two lines carry text (with one, the two are inseparable).
 */
function literalBlockOffsets(node: ScalarNode): number[] | undefined {
  const lines = (node.value as string).replace(/\n+$/, '').split('\n');
  const filled = lines.filter((l) => l.length > 0).length;
  if (filled < 2) return undefined;
  const text = lines.reduce((n, l) => n + 1 + l.length, 0); // a newline before each line, plus its text
  const solutions: Array<{ header: number; indent: number }> = [];
  for (let header = 1; header <= 3; header++) {
    const rest = node.length - header - text;
    if (rest > 0 && rest % filled === 0) solutions.push({ header, indent: rest / filled });
  }
  if (solutions.length !== 1) return undefined;
  const { header, indent } = solutions[0]!;
  const out: number[] = [];
  let pos = header;
  lines.forEach((line, i) => {
    pos += 1; // the newline ending the previous source line
    if (line.length > 0) pos += indent;
    for (let j = 0; j < line.length; j++) out.push(pos + j);
    pos += line.length;
    if (i < lines.length - 1) out.push(pos); // the value's newline sits where the source line ends
  });
  out.push(pos);
  return pos === node.length ? out : undefined;
}

function sourceSlice(node: Node): number | undefined {
  return isScalar(node) ? node.verbatim : undefined;
}

/** Builds the normalised policy model over a policy document map. */
export function buildPolicy(doc: MapNode, kind: PolicyKind, env: EvalEnv, owner: Resource | undefined, where: string, label: string, conditions: ConditionBranch[] = []): PolicyDocument {
  const statements: Statement[] = [];
  const st = doc.get('Statement');
  let index = 0;
  for (const v of expand(st, env, doc, conditions)) {
    if (!v.node) continue;
    const items = isSeq(v.node) ? v.node.items : [v.node];
    for (const item of items) {
      for (const sv of expand(item, env, item, v.conditions)) {
        if (!isMap(sv.node) || sv.node.intrinsic) continue;
        statements.push(buildStatement(sv.node, index, env, sv.conditions));
      }
      index++;
    }
  }
  return { kind, node: doc, statements, owner, where, label };
}

function buildStatement(m: MapNode, index: number, env: EvalEnv, conditions: ConditionBranch[]): Statement {
  const effectNode = m.get('Effect');
  const e = str(effectNode);
  const cond = m.get('Condition');
  return {
    node: m,
    index,
    sid: str(m.get('Sid')),
    effect: e === 'Allow' || e === 'Deny' ? e : undefined,
    effectNode,
    action: values(m.get('Action'), env, conditions),
    notAction: values(m.get('NotAction'), env, conditions),
    resource: values(m.get('Resource'), env, conditions),
    notResource: values(m.get('NotResource'), env, conditions),
    principal: principals(m.get('Principal'), env, conditions),
    notPrincipal: principals(m.get('NotPrincipal'), env, conditions),
    condition: isMap(cond) && !cond.intrinsic ? cond : undefined,
    conditions,
  };
}

/** A string-or-list field as a flat list of values, expanding Fn::If and parameter defaults. */
export function values(node: Node | undefined, env: EvalEnv, conditions: ConditionBranch[] = []): PolicyValue[] | undefined {
  if (!node) return undefined;
  const out: PolicyValue[] = [];
  for (const v of expand(node, env, node, conditions)) {
    if (!v.node) continue;
    const items = isSeq(v.node) ? v.node.items : [v.node];
    for (const item of items) {
      for (const iv of expand(item, env, item, v.conditions)) {
        if (!iv.node) continue;
        const val = evaluate(iv.node, env);
        out.push({
          value: typeof val === 'string' ? val : val instanceof Unknown ? val : new Unknown('not a string'),
          // A value from a parameter Default points at the Ref that brought it in, not at the Parameters section.
          node: iv.at.kind === 'map' && iv.viaParameter ? iv.at : !isSeq(v.node) && v.viaParameter && isMap(v.at) ? v.at : iv.node,
          conditions: iv.conditions,
        });
      }
    }
  }
  return out;
}

function principals(node: Node | undefined, env: EvalEnv, conditions: ConditionBranch[]): Principals | undefined {
  if (!node) return undefined;
  const byType = new Map<string, PolicyValue[]>();
  if (isScalar(node)) {
    byType.set('AWS', [{ value: String(node.value), node, conditions }]);
    return { node, byType };
  }
  if (!isMap(node) || node.intrinsic) {
    byType.set('AWS', [{ value: new Unknown('computed principal'), node, conditions }]);
    return { node, byType };
  }
  for (const e of node.entries) byType.set(e.key, values(e.value, env, conditions) ?? []);
  return { node, byType };
}

/** Classifies a standalone policy document by its content. */
export function standaloneKind(doc: MapNode, env: EvalEnv): PolicyKind {
  const p = buildPolicy(doc, 'identity', env, undefined, '', 'policy');
  const hasPrincipal = p.statements.some((s) => s.principal || s.notPrincipal);
  if (!hasPrincipal) return 'identity';
  const trust = p.statements.every((s) => (s.action ?? []).some((a) => typeof a.value === 'string' && /^sts:AssumeRole/i.test(a.value)));
  return trust ? 'trust' : 'resource';
}
