/**
 * Shared logic of the encryption-at-rest rules: "is this switch on", "does this name a customer-managed
 * KMS key", and fixes that set a (possibly nested) property. Everything is three-valued: values the
 * template does not decide are never reported.
 */
import type { Edit, Fix, FixValue, MapNode, Node, Resource, ResourceContext, Variant } from '../api';
import { helpers, isMap, isSeq, isUnknown, str } from '../api';

/** True when a fix may be offered for this variant: not inside an Fn::If branch, not via a parameter default. */
export function plainVariant(v: Variant): boolean {
  return !v.viaParameter && v.conditions.length === 0;
}

function nest(path: readonly string[], value: FixValue): FixValue {
  let out = value;
  for (let i = path.length - 1; i >= 0; i--) out = { [path[i]!]: out };
  return out;
}

/**
 * An edit that sets `path` (below Properties) to `value`, creating the missing maps on the way.
 * Undefined when something on the way is computed (an intrinsic) or not a mapping.
 */
export function setPropertyPath(resource: Resource, path: readonly string[], value: FixValue): Edit | undefined {
  const [first, ...rest] = path;
  if (first === undefined) return undefined;
  const props = resource.properties;
  if (!props) return helpers.setProperty(resource, first, nest(rest, value));
  if (props.intrinsic) return undefined;
  let cur: MapNode = props;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const child = cur.get(key);
    if (i === path.length - 1 || child === undefined) return { op: 'set', target: cur, key, value: nest(path.slice(i + 1), value) };
    if (!isMap(child) || child.intrinsic) return undefined;
    cur = child;
  }
  return undefined;
}

/**
 * An edit that sets `key: value` in the map that holds (or would hold) a variant's property, for
 * properties inside sequence items (block device mappings, method settings). `container` is the
 * variant of the map that should hold the key.
 */
export function setInMap(container: Node | undefined, key: string, value: FixValue): Edit | undefined {
  if (!container || !isMap(container) || container.intrinsic) return undefined;
  return { op: 'set', target: container, key, value };
}

/**
 * A variant found by `ctx.lookup` below another variant, with the outer variant's Fn::If branches and
 * parameter origin added (lookups start with no conditions).
 */
export function within(v: Variant, outer: Variant['conditions'], viaParameter?: string): Variant {
  return { ...v, conditions: [...outer, ...v.conditions], viaParameter: v.viaParameter ?? viaParameter };
}

/** A one-edit unsafe fix, offered only for plain variants. */
export function unsafeFix(v: Variant, title: string, edit: Edit | undefined): Fix[] | undefined {
  return plainVariant(v) ? helpers.fix(title, 'unsafe', edit) : undefined;
}

/** A one-edit safe fix, offered only for plain variants. */
export function safeFix(v: Variant, title: string, edit: Edit | undefined): Fix[] | undefined {
  return plainVariant(v) ? helpers.fix(title, 'safe', edit) : undefined;
}

/**
 * Reports every variant of a boolean switch at `path` (below Properties) that is missing or false. The
 * fix sets it to true (unsafe: turning on encryption at rest replaces most resources).
 */
export function requireEnabled(
  ctx: ResourceContext,
  path: string,
  opts: { missing?: string; isFalse: string; data: Record<string, string | number>; fixTitle?: string; missingIsBad?: boolean },
): void {
  const segs = path.split('.');
  helpers.requireTrue(ctx, path, {
    missing: opts.missing,
    isFalse: opts.isFalse,
    data: opts.data,
    missingIsBad: opts.missingIsBad,
    fix: opts.fixTitle ? (v) => unsafeFix(v, opts.fixTitle!, v.missing ? setPropertyPath(ctx.resource, segs, true) : helpers.setAt(ctx, v, segs[segs.length - 1]!, true)) : undefined,
  });
}

/** What a key reference in a template says about the key. */
export type KeyKind = 'customer' | 'aws-managed' | 'empty' | 'unknown';

/**
 * Classifies a KMS key reference: an `alias/aws/...` name (or ARN) is an AWS managed key; a blank string
 * names no key; a reference to an `AWS::KMS::Key` / `AWS::KMS::Alias` of this template or any other
 * literal is treated as a customer-managed key; computed values are unknown.
 */
export function keyKind(ctx: ResourceContext, v: Variant): KeyKind {
  if (v.missing) return 'empty';
  const val = ctx.value(v);
  if (typeof val === 'string') {
    const s = val.trim();
    if (s === '') return 'empty';
    if (/(^|:)alias\/aws\//.test(s)) return 'aws-managed';
    return 'customer';
  }
  if (isUnknown(val)) {
    // !Sub 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:alias/aws/s3' and the like.
    const sub = v.node && isMap(v.node) && v.node.intrinsic === 'Fn::Sub' ? v.node.entries[0]?.value : undefined;
    // Fn::Sub takes a string or [string, vars].
    const subText = str(sub) ?? (sub && isSeq(sub) ? str(sub.items[0]) : undefined);
    if (subText && /(^|:)alias\/aws\//.test(subText)) return 'aws-managed';
    // A Ref/GetAtt to a key or alias declared in this template is a customer-managed key.
    if (ctx.resolveRef(v.node)) return 'customer';
  }
  return 'unknown';
}

/**
 * Reports the variants of a key property at `path` (below Properties) that name no customer-managed
 * key: missing, blank, or an `alias/aws/...` AWS managed key. `messages.missing` is used for absent and
 * blank values, `messages.awsManaged` (when given) for AWS managed aliases.
 */
export function requireCustomerKey(ctx: ResourceContext, path: string, messages: { missing: string; awsManaged?: string }, data: Record<string, string | number>): void {
  for (const v of ctx.prop(path)) {
    const kind = keyKind(ctx, v);
    if (kind === 'empty') ctx.report({ at: v, messageId: messages.missing, data });
    else if (kind === 'aws-managed' && messages.awsManaged) ctx.report({ at: v, messageId: messages.awsManaged, data: { ...data, key: keyText(ctx, v) } });
  }
}

/** The key as written, for messages. */
export function keyText(ctx: ResourceContext, v: Variant): string {
  const val = ctx.value(v);
  return typeof val === 'string' ? val : 'an alias/aws/... key';
}

/** The lower-cased literal string of a variant, or undefined when absent or computed. */
export function lowerString(ctx: ResourceContext, v: Variant): string | undefined {
  if (v.missing) return undefined;
  const val = ctx.value(v);
  return typeof val === 'string' ? val.toLowerCase() : undefined;
}

/**
 * Reports the EBS block device mappings under `path` (a sequence below Properties) whose
 * `Ebs.Encrypted` is missing or false. Mappings without `Ebs` (instance store, `NoDevice`) are skipped,
 * and so are mappings created from a snapshot that say nothing about encryption (they inherit it).
 */
export function checkBlockDevices(ctx: ResourceContext, path: string, data: Record<string, string>, fixTitle: string): void {
  for (const m of ctx.prop(`${path}.*`)) {
    if (m.missing) continue;
    for (const ebs of ctx.lookup(m.node, 'Ebs')) {
      if (ebs.missing || !ebs.node || !isMap(ebs.node) || ebs.node.intrinsic) continue;
      const device = str(ctx.lookup(m.node, 'DeviceName')[0]?.node) ?? 'a device';
      const fromSnapshot = ebs.node.has('SnapshotId');
      for (const v of ctx.lookup(ebs.node, 'Encrypted')) {
        // ctx.lookup starts afresh below the mapping: carry the outer Fn::If branches along.
        const outer = [...m.conditions, ...ebs.conditions];
        const plain = within(v, outer, ebs.viaParameter ?? m.viaParameter);
        if (v.missing) {
          if (fromSnapshot) continue;
          ctx.report({ at: v, messageId: 'missing', data: { ...data, device }, conditions: outer, fixes: unsafeFix(plain, fixTitle, helpers.setAt(ctx, v, 'Encrypted', true)) });
        } else if (ctx.bool(v) === 'false') {
          ctx.report({ at: v, messageId: 'isFalse', data: { ...data, device }, conditions: outer, fixes: unsafeFix(plain, fixTitle, helpers.setAt(ctx, v, 'Encrypted', true)) });
        }
      }
    }
  }
}
