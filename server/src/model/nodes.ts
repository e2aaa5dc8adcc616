/**
 * The source-positioned document tree shared by every parser and every rule.
 *
 * Every node knows where it came from: its offset and length in the source text, and its path from the
 * document root. Offsets are stored relative to a {@link Chunk} so that a chunk (for example one
 * CloudFormation resource) that did not change between two versions can be reused as-is when text
 * before it moved: only `chunk.base` is updated.
 */

/** One step in a path: a mapping key or a sequence index. */
export type PathSegment = string | number;
/** A path from the document root, e.g. `['Resources', 'Bucket', 'Properties', 'BucketEncryption']`. */
export type Path = readonly PathSegment[];

/** A region of source text that was parsed as one unit. */
export interface Chunk {
  /** Absolute offset of the chunk's first character in the current document version. */
  base: number;
}

/** A chunk that never moves (used for whole-document parses and synthetic nodes). */
export const ROOT_CHUNK: Chunk = Object.freeze({ base: 0 });

export type ScalarValue = string | number | boolean | null;

/** How a scalar was written; fixes use it to keep the user's style. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block-literal' | 'block-folded' | 'json';

export type Node = MapNode | SeqNode | ScalarNode;
export type ParentNode = MapNode | SeqNode;

abstract class BaseNode {
  parent: ParentNode | undefined = undefined;
  /** The key (or index) under which this node sits in its parent. */
  key: PathSegment | undefined = undefined;

  constructor(
    public chunk: Chunk,
    /** Offset relative to `chunk.base`. */
    public rel: number,
    public length: number,
  ) {}

  /** Absolute offset in the current document version. */
  get offset(): number {
    return this.chunk.base + this.rel;
  }

  get end(): number {
    return this.chunk.base + this.rel + this.length;
  }

  /** The path from the document root. Computed on demand from parent links. */
  get path(): PathSegment[] {
    const out: PathSegment[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let n: BaseNode | undefined = this;
    while (n && n.key !== undefined) {
      out.push(n.key);
      n = n.parent;
    }
    return out.reverse();
  }
}

/** A mapping entry. The key is a node of its own so findings can point at it. */
export interface MapEntry {
  key: string;
  keyNode: ScalarNode;
  value: Node;
}

export class MapNode extends BaseNode {
  readonly kind = 'map';
  readonly entries: MapEntry[] = [];
  private readonly index = new Map<string, MapEntry>();
  /** Set when this map is the long form of a YAML short-form tag, e.g. `!Ref` → `{Ref: …}`. */
  shortTag: string | undefined = undefined;
  /** `{`-style flow mapping (YAML) — JSON objects are always flow. */
  flow = false;

  /** Adds an entry. Returns false when the key was already present (the first one wins). */
  add(keyNode: ScalarNode, value: Node): boolean {
    const key = String(keyNode.value);
    keyNode.parent = this;
    keyNode.key = key;
    value.parent = this;
    value.key = key;
    const entry: MapEntry = { key, keyNode, value };
    this.entries.push(entry);
    if (this.index.has(key)) return false;
    this.index.set(key, entry);
    return true;
  }

  get(key: string): Node | undefined {
    return this.index.get(key)?.value;
  }

  /**
   * Replaces the entry whose key node is `oldKey` (by identity) with a new key and value of the same
   * key string. Used by incremental parsing; returns false when the entry is not found.
   */
  replaceEntry(oldKey: ScalarNode, keyNode: ScalarNode, value: Node): boolean {
    const i = this.entries.findIndex((e) => e.keyNode === oldKey);
    if (i < 0) return false;
    const old = this.entries[i]!;
    const key = String(keyNode.value);
    if (key !== old.key) return false;
    keyNode.parent = this;
    keyNode.key = key;
    value.parent = this;
    value.key = key;
    const entry: MapEntry = { key, keyNode, value };
    this.entries[i] = entry;
    if (this.index.get(key) === old) this.index.set(key, entry);
    return true;
  }

  entry(key: string): MapEntry | undefined {
    return this.index.get(key);
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  get size(): number {
    return this.entries.length;
  }

  /** When this map is an intrinsic function (`{Ref: x}`, `{"Fn::If": …}`), its function name. */
  get intrinsic(): string | undefined {
    if (this.entries.length !== 1) return undefined;
    const k = this.entries[0]!.key;
    return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? k : undefined;
  }
}

export class SeqNode extends BaseNode {
  readonly kind = 'seq';
  readonly items: Node[] = [];
  flow = false;

  push(item: Node): void {
    item.parent = this;
    item.key = this.items.length;
    this.items.push(item);
  }
}

export class ScalarNode extends BaseNode {
  readonly kind = 'scalar';
  /**
   * When the source spells a string value character for character (no escapes, no folding): the
   * value's offset inside the node (1 after an opening quote). Lets nested parses (a policy written as
   * a JSON string) keep exact positions.
   */
  verbatim: number | undefined = undefined;
  constructor(
    chunk: Chunk,
    rel: number,
    length: number,
    public readonly value: ScalarValue,
    public readonly style: ScalarStyle,
  ) {
    super(chunk, rel, length);
  }
}

/** Re-parents a node that is being reused in a new tree. */
export function attach(parent: ParentNode, key: PathSegment, node: Node): void {
  node.parent = parent;
  node.key = key;
}

/** Plain JSON value of a node (no intrinsic evaluation). Bounded by the tree's own size. */
export function toPlain(node: Node): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map': {
      const o: Record<string, unknown> = {};
      for (const e of node.entries) if (!(e.key in o)) o[e.key] = toPlain(e.value);
      return o;
    }
  }
}

/** Walks a tree depth-first, parents before children. Return false from `visit` to skip children. */
export function walk(node: Node, visit: (n: Node) => boolean | void): void {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    if (n.kind === 'map') for (let i = n.entries.length - 1; i >= 0; i--) stack.push(n.entries[i]!.value);
    else if (n.kind === 'seq') for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]!);
  }
}

export function isMap(n: Node | undefined): n is MapNode {
  return n !== undefined && n.kind === 'map';
}
export function isSeq(n: Node | undefined): n is SeqNode {
  return n !== undefined && n.kind === 'seq';
}
export function isScalar(n: Node | undefined): n is ScalarNode {
  return n !== undefined && n.kind === 'scalar';
}

/** The string value of a scalar node, or undefined for anything else. */
export function str(n: Node | undefined): string | undefined {
  return isScalar(n) && n.value !== null ? String(n.value) : undefined;
}

/** Looks up a plain (non-intrinsic-aware) path below a node. */
export function getIn(node: Node | undefined, path: Path): Node | undefined {
  let n = node;
  for (const seg of path) {
    if (!n) return undefined;
    if (typeof seg === 'number') n = isSeq(n) ? n.items[seg] : undefined;
    else n = isMap(n) ? n.get(seg) : undefined;
  }
  return n;
}
