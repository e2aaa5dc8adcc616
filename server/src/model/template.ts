/**
 * The CloudFormation template model: sections, parameters, conditions, resources and the reference
 * index, built over the positioned tree. Resource objects are memoised on their parse chunk, so an
 * unchanged resource keeps its identity (and everything cached on it) across document versions.
 */
import type { ParsedChunk } from '../documents/chunked-parser';
import { type MapNode, type Node, type ScalarNode, isMap, isScalar, isSeq, str, walk } from './nodes';

export type DocumentKind = 'cloudformation' | 'cdk' | 'iam-policy' | 'account';

export interface Parameter {
  name: string;
  keyNode: ScalarNode;
  node: Node;
  type: string | undefined;
  /** The Default value node, if any. */
  default: Node | undefined;
  noEcho: boolean;
  allowedValues: Node[] | undefined;
}

/** One resource. Immutable once built; identity is stable while its text is unchanged. */
export class Resource {
  /** Logical ids of resources and parameters this resource refers to (Ref, GetAtt, Sub, DependsOn excluded). */
  readonly refs: ReadonlySet<string>;
  /** Per-rule results cached by the engine. */
  readonly cache = new Map<string, unknown>();
  /** The resource type (`AWS::S3::Bucket`), when written as a literal. */
  readonly type: string | undefined;

  constructor(
    readonly logicalId: string,
    readonly keyNode: ScalarNode,
    readonly node: Node,
  ) {
    this.refs = collectRefs(node);
    this.type = isMap(node) ? str(node.get('Type')) : undefined;
  }

  get map(): MapNode | undefined {
    return isMap(this.node) ? this.node : undefined;
  }
  get typeNode(): Node | undefined {
    return this.map?.get('Type');
  }
  get properties(): MapNode | undefined {
    const p = this.map?.get('Properties');
    return isMap(p) ? p : undefined;
  }
  get metadata(): MapNode | undefined {
    const m = this.map?.get('Metadata');
    return isMap(m) ? m : undefined;
  }
  /** The resource-level Condition name, if any. */
  get condition(): string | undefined {
    return str(this.map?.get('Condition'));
  }
  /** The CDK construct path from `Metadata: aws:cdk:path`, if any. */
  get cdkPath(): string | undefined {
    return str(this.metadata?.get('aws:cdk:path'));
  }
}

/** Pseudo parameters: always defined, value known only at deploy time (except AWS::NoValue). */
export const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

export class Template {
  readonly parameters = new Map<string, Parameter>();
  readonly conditions = new Map<string, Node>();
  readonly resources = new Map<string, Resource>();
  /** target logical id → resources that reference it. */
  readonly referrers = new Map<string, Resource[]>();
  readonly mappings: MapNode | undefined;
  readonly outputs: MapNode | undefined;
  readonly metadata: MapNode | undefined;
  /**
   * Identity of everything outside Resources (parameters, conditions, mappings…). Rules whose results
   * are cached per resource are re-run when this changes.
   */
  readonly globalsKey: string;

  constructor(
    readonly root: MapNode,
    readonly kind: DocumentKind,
    readonly uri: string,
    resourceChunks?: Map<string, ParsedChunk>,
    /** The previous version's template, so unchanged answers keep their identity. */
    private previous?: Template,
  ) {
    const params = root.get('Parameters');
    if (isMap(params)) {
      for (const e of params.entries) {
        const p = isMap(e.value) ? e.value : undefined;
        const av = p?.get('AllowedValues');
        const noEcho = p?.get('NoEcho');
        this.parameters.set(e.key, {
          name: e.key,
          keyNode: e.keyNode,
          node: e.value,
          type: str(p?.get('Type')),
          default: p?.get('Default'),
          noEcho: isScalar(noEcho) && String(noEcho.value).toLowerCase() === 'true',
          allowedValues: isSeq(av) ? av.items : undefined,
        });
      }
    }
    const conds = root.get('Conditions');
    if (isMap(conds)) for (const e of conds.entries) this.conditions.set(e.key, e.value);
    const mappings = root.get('Mappings');
    this.mappings = isMap(mappings) ? mappings : undefined;
    const outputs = root.get('Outputs');
    this.outputs = isMap(outputs) ? outputs : undefined;
    const md = root.get('Metadata');
    this.metadata = isMap(md) ? md : undefined;

    const res = root.get('Resources');
    if (isMap(res)) {
      for (const e of res.entries) {
        if (this.resources.has(e.key)) continue;
        const pc = resourceChunks?.get(e.key);
        let r = pc?.memo.get(e.keyNode) as Resource | undefined;
        if (!r || r.node !== e.value) {
          r = new Resource(e.key, e.keyNode, e.value);
          pc?.memo.set(e.keyNode, r);
        }
        this.resources.set(e.key, r);
      }
    }
    for (const r of this.resources.values()) {
      for (const target of r.refs) {
        if (!this.resources.has(target)) continue;
        const list = this.referrers.get(target);
        if (list) list.push(r);
        else this.referrers.set(target, [r]);
      }
    }
    this.globalsKey = root.entries
      .filter((e) => e.key !== 'Resources')
      .map((e) => `${e.key}@${e.value.rel}:${chunkId(e.value)}`)
      .join('|');
  }

  private typeIndex: Map<string, Resource[]> | undefined;
  private readonly listCache = new Map<string, Resource[]>();

  /**
   * Resources of the given types (all resources when none given), in template order. The same array
   * is returned for the same query while the answer is unchanged, also across versions when the
   * previous template is passed to the constructor: the engine's cache compares these by identity.
   */
  resourcesOfType(...types: string[]): Resource[] {
    const key = types.join(',');
    const cached = this.listCache.get(key);
    if (cached) return cached;
    if (!this.typeIndex) {
      this.typeIndex = new Map();
      for (const r of this.resources.values()) {
        if (r.type === undefined) continue;
        const l = this.typeIndex.get(r.type);
        if (l) l.push(r);
        else this.typeIndex.set(r.type, [r]);
      }
    }
    let list: Resource[];
    if (types.length === 0) list = [...this.resources.values()];
    else if (types.length === 1) list = this.typeIndex.get(types[0]!) ?? [];
    else {
      const wanted = new Set(types);
      list = [...this.resources.values()].filter((r) => r.type !== undefined && wanted.has(r.type));
    }
    const prev = this.previous?.listCache.get(key);
    if (prev && sameList(prev, list)) list = prev;
    this.listCache.set(key, list);
    return list;
  }

  /** Forgets the previous version once the analysis is done (templates must not chain in memory). */
  detachPrevious(): void {
    this.previous = undefined;
  }

  /** Referrers of a resource; the same array across versions while unchanged (see resourcesOfType). */
  referrersOf(logicalId: string): Resource[] {
    const list = this.referrers.get(logicalId) ?? EMPTY;
    const prev = this.previous?.referrers.get(logicalId);
    if (prev && prev !== list && sameList(prev, list)) {
      this.referrers.set(logicalId, prev);
      return prev;
    }
    return list;
  }
}

const EMPTY: Resource[] = [];

function sameList(a: readonly Resource[], b: readonly Resource[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

let nextChunkId = 1;
const chunkIds = new WeakMap<object, number>();
/** A stable id for the chunk a node belongs to (changes when the chunk is re-parsed). */
function chunkId(n: Node): number {
  let id = chunkIds.get(n.chunk);
  if (id === undefined) {
    id = nextChunkId++;
    chunkIds.set(n.chunk, id);
  }
  return id;
}

/** Logical ids named by Ref, Fn::GetAtt and ${…} in Fn::Sub below a node. */
export function collectRefs(node: Node): Set<string> {
  const out = new Set<string>();
  walk(node, (n) => {
    if (!isMap(n) || n.size !== 1) return;
    const fn = n.intrinsic;
    if (!fn) return;
    const arg = n.entries[0]!.value;
    if (fn === 'Ref') {
      const s = str(arg);
      if (s) out.add(s);
    } else if (fn === 'Fn::GetAtt') {
      const s = isSeq(arg) ? str(arg.items[0]) : str(arg)?.split('.')[0];
      if (s) out.add(s);
    } else if (fn === 'Fn::Sub') {
      const s = isSeq(arg) ? str(arg.items[0]) : str(arg);
      if (s) for (const m of s.matchAll(/\$\{([^!}][^}]*)\}/g)) out.add(m[1]!.split('.')[0]!.trim());
    }
  });
  return out;
}
