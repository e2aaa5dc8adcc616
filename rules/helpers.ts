/**
 * Small shared building blocks for rules. Each is three-valued: unknown values are never reported.
 */
import type { Edit, Fix, FixValue } from '../server/src/engine/fix-types';
import type { ResourceContext } from '../server/src/engine/rule-types';
import { type Value, type Variant, Unknown } from '../server/src/model/evaluate';
import { type MapNode, type Node, isMap } from '../server/src/model/nodes';
import type { Resource } from '../server/src/model/template';

/** The CloudFormation resource types of a family, for readability in rule files. */
export const STATEFUL_TYPES = ['AWS::S3::Bucket', 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DynamoDB::Table', 'AWS::EFS::FileSystem', 'AWS::EC2::Volume'] as const;

/**
 * Reports every variant of a boolean property that is missing or false.
 * `missingIsBad` false means the AWS default is secure and only an explicit `false` is reported.
 */
export function requireTrue(ctx: ResourceContext, path: string, opts: { missing?: string; isFalse: string; missingIsBad?: boolean; fix?: (v: Variant) => Fix[] | undefined; data?: Record<string, string | number> }): void {
  for (const v of ctx.prop(path)) {
    if (v.missing) {
      if (opts.missingIsBad === false || !opts.missing) continue;
      ctx.report({ at: v, messageId: opts.missing, data: { ...opts.data }, fixes: opts.fix?.(v) });
      continue;
    }
    if (ctx.bool(v) === 'false') ctx.report({ at: v, messageId: opts.isFalse, data: { ...opts.data }, fixes: opts.fix?.(v) });
  }
}

/** True when a value is a literal CIDR open to the whole internet. */
export function isWorldCidr(v: Value): boolean {
  return typeof v === 'string' && (v.trim() === '0.0.0.0/0' || /^::\/0$/.test(v.trim()) || v.trim() === '0:0:0:0:0:0:0:0/0');
}

/** A literal string value, or undefined (unknown, absent or not a string). */
export function asString(v: Value): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** A literal number, or undefined. Accepts numeric strings as CloudFormation does. */
export function asNumber(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

export function isKnown(v: Value): boolean {
  return !(v instanceof Unknown);
}

/**
 * An edit that sets `key: value` directly under the resource's Properties, creating Properties when the
 * resource has none.
 */
export function setProperty(resource: Resource, key: string, value: FixValue): Edit | undefined {
  const props = resource.properties;
  if (props) return { op: 'set', target: props, key, value };
  const map = resource.map;
  if (!map) return undefined;
  return { op: 'set', target: map, key: 'Properties', value: { [key]: value } };
}

/** An edit that sets `key: value` in the map a (possibly missing) variant belongs to. */
export function setAt(ctx: ResourceContext, v: Variant, key: string, value: FixValue): Edit | undefined {
  if (!v.missing && v.node) return { op: 'replace', target: v.node, value };
  const parent = v.at;
  if (parent === ctx.resource.node || parent === ctx.resource.properties) return setProperty(ctx.resource, key, value);
  if (isMap(parent) && !parent.intrinsic) return { op: 'set', target: parent, key, value };
  return undefined;
}

/** A single-edit fix, or undefined when the edit cannot be built. */
export function fix(title: string, safety: 'safe' | 'unsafe', ...edits: Array<Edit | undefined>): Fix[] | undefined {
  if (edits.some((e) => e === undefined)) return undefined;
  return [{ title, safety, edits: edits as Edit[] }];
}

/** The properties map of a resource, when it is a plain mapping. */
export function propsOf(resource: Resource): MapNode | undefined {
  return resource.properties;
}

/** Walks up from a node to its enclosing mapping entry's key node (for "forbidden property" findings). */
export function keyOf(node: Node): Node {
  const p = node.parent;
  if (p && isMap(p) && typeof node.key === 'string') return p.entry(node.key)?.keyNode ?? node;
  return node;
}
