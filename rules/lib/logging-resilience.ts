/**
 * Shared logic for the logging and resilience rules: nested lookups that keep the conditions of the
 * branch they start from, load balancer attribute lists (`Key`/`Value` pairs), Aurora membership, and
 * when a finding may carry a fix.
 */
import type { FixValue, Node, Resource, ResourceContext, Variant } from '../api';
import { helpers, isMap, isSeq, isUnknown, str, walk } from '../api';

/**
 * Looks up `path` below a variant's node and carries the variant's conditions and parameter origin
 * onto every result (`ctx.lookup` starts afresh and would drop the Fn::If branch we are already in).
 */
export function below(ctx: ResourceContext, v: Variant, path: string | Array<string | number>): Variant[] {
  if (v.missing || !v.node) return [v];
  return ctx.lookup(v.node, path).map((x) => ({
    ...x,
    conditions: [...v.conditions, ...x.conditions.filter((c) => !v.conditions.some((d) => d.name === c.name && d.value === c.value))],
    viaParameter: x.viaParameter ?? v.viaParameter,
  }));
}

/** True when a fix may be offered for a variant: not inside an Fn::If branch, not via a parameter default. */
export function fixable(v: Variant): boolean {
  return !v.viaParameter && v.conditions.length === 0;
}

/** One outcome of looking up a `Key`/`Value` attribute in a list such as `LoadBalancerAttributes`. */
export interface AttributeVariant {
  /** The `Value` variant when the key is present; a missing variant pointing at the list (or resource) otherwise. */
  value: Variant;
  /** The list the attribute is (or would be) in, when it is a plain sequence. */
  list: Variant;
  /** True when some entry's key is computed, so absence cannot be shown. */
  undecided: boolean;
}

/**
 * The variants of the `Value` of the entry whose `Key` equals `key` in a `[{Key, Value}]` property
 * (ELBv2 `LoadBalancerAttributes`, target group attributes). A computed list is undecided.
 */
export function keyedAttribute(ctx: ResourceContext, listPath: string, key: string): AttributeVariant[] {
  const out: AttributeVariant[] = [];
  for (const list of ctx.prop(listPath)) {
    if (list.missing || !list.node) {
      out.push({ value: list, list, undecided: false });
      continue;
    }
    if (!isSeq(list.node)) {
      out.push({ value: list, list, undecided: true });
      continue;
    }
    let found = false;
    let undecided = false;
    for (const item of below(ctx, list, '*')) {
      if (item.missing || !item.node || !isMap(item.node) || item.node.intrinsic) {
        undecided = true;
        continue;
      }
      const k = ctx.value(item.node.get('Key'));
      if (isUnknown(k)) {
        undecided = true;
        continue;
      }
      if (k !== key) continue;
      found = true;
      for (const val of below(ctx, item, 'Value')) out.push({ value: val, list, undecided: false });
    }
    if (!found) out.push({ value: { node: undefined, at: list.node, missing: true, conditions: list.conditions, viaParameter: list.viaParameter }, list, undecided });
  }
  return out;
}

/**
 * A safe fix that sets a `Key`/`Value` attribute to `value`: replaces a literal value, appends to a
 * plain list, or creates the list. Undefined inside Fn::If branches and for parameter defaults.
 */
export function keyedAttributeFix(ctx: ResourceContext, a: AttributeVariant, listKey: string, key: string, value: string, title: string, safety: 'safe' | 'unsafe' = 'safe') {
  if (!fixable(a.value) || !fixable(a.list)) return undefined;
  if (!a.value.missing && a.value.node) return helpers.fix(title, safety, { op: 'replace', target: a.value.node, value });
  const entry: FixValue = { Key: key, Value: value };
  if (a.list.missing) {
    if (ctx.resource.properties?.has(listKey)) return undefined;
    return helpers.fix(title, safety, helpers.setProperty(ctx.resource, listKey, [entry]));
  }
  if (a.list.node && isSeq(a.list.node)) return helpers.fix(title, safety, { op: 'append', target: a.list.node, value: entry });
  return undefined;
}

/** True when an RDS DB instance belongs to an Aurora cluster (its storage, backups and protection live on the cluster). */
export function isAuroraMember(ctx: ResourceContext): boolean {
  const p = ctx.resource.properties;
  if (p?.has('DBClusterIdentifier')) return true;
  const engine = str(p?.get('Engine'));
  return engine !== undefined && engine.toLowerCase().startsWith('aurora');
}

/** True when an RDS DB instance is a read replica (backups, Multi-AZ and logs follow the source or are set apart). */
export function isReadReplica(ctx: ResourceContext): boolean {
  const p = ctx.resource.properties;
  return !!(p?.has('SourceDBInstanceIdentifier') || p?.has('SourceDBClusterIdentifier'));
}

/** "RDS instance" or "DB cluster", for messages. */
export function dbKind(ctx: ResourceContext): string {
  return ctx.resource.type === 'AWS::RDS::DBCluster' ? 'DB cluster' : 'RDS instance';
}

/** Common fix for a missing/false boolean property: set it to true at the variant's place. */
export function setTrueFix(ctx: ResourceContext, v: Variant, key: string, title: string, safety: 'safe' | 'unsafe' = 'safe') {
  return fixable(v) ? helpers.fix(title, safety, helpers.setAt(ctx, v, key, true)) : undefined;
}

/**
 * True when a node refers to `target` anywhere inside it: a Ref, a GetAtt, or a `${Target}` /
 * `${Target.Attr}` inside an Fn::Sub string (e.g. an ARN built around the logical id).
 */
export function mentions(ctx: ResourceContext, node: Node | undefined, target: Resource): boolean {
  if (!node) return false;
  let hit = false;
  walk(node, (n) => {
    if (hit || !isMap(n) || !n.intrinsic) return;
    if (ctx.resolveRef(n) === target) {
      hit = true;
      return;
    }
    if (n.intrinsic === 'Fn::Sub') {
      const arg = n.entries[0]?.value;
      const s = isSeq(arg) ? str(arg.items[0]) : str(arg);
      if (s && [...s.matchAll(/\$\{([^!}][^}]*)\}/g)].some((m) => m[1]!.split('.')[0]!.trim() === target.logicalId)) hit = true;
    }
  });
  return hit;
}

/**
 * Reports every variant of a list property (such as `EnableCloudwatchLogsExports`) that is missing or
 * literally lacks `wanted`. Lists with computed items, or computed as a whole, are not reported.
 */
export function requireListValue(ctx: ResourceContext, path: string, wanted: string, report: (v: Variant, missing: boolean) => void): void {
  for (const v of ctx.prop(path)) {
    if (v.missing) {
      report(v, true);
      continue;
    }
    if (!isSeq(v.node)) continue;
    const items = below(ctx, v, '*');
    const values = items.map((i) => ctx.value(i));
    if (values.some((x) => typeof x !== 'string')) continue;
    if (!values.includes(wanted)) report(v, false);
  }
}
