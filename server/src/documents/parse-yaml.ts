/**
 * YAML → source-positioned tree, with every CloudFormation short-form tag normalised to its long form.
 *
 * `!Ref X` becomes the map `{Ref: X}` whose key node points at the tag text, so a finding on the
 * intrinsic points at what the user wrote. Aliases are expanded with a global budget, so an alias bomb
 * costs at most LIMITS.maxAliasNodes nodes.
 */
import {
  Alias,
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Node as YNode,
  type Tags,
} from 'yaml';
import { type Chunk, MapNode, type Node, ScalarNode, SeqNode, type ScalarStyle } from '../model/nodes';
import { LIMITS, type ParseProblem } from './problems';

/** Short-form tag → long-form key. */
export const CFN_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Transform': 'Fn::Transform',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
  '!ForEach': 'Fn::ForEach',
};

/** Every tag in scalar, sequence and mapping form, so `yaml` keeps the tag and raises no warning. */
const CUSTOM_TAGS: Tags = Object.keys(CFN_TAGS).flatMap((tag) => [
  { tag, resolve: (v: string) => v },
  { tag, collection: 'seq' as const, resolve: (v: unknown) => v },
  { tag, collection: 'map' as const, resolve: (v: unknown) => v },
]) as unknown as Tags;

export interface YamlParse {
  /** Top-level node, or undefined for an empty document. */
  root: Node | undefined;
  problems: ParseProblem[];
}

/**
 * Parses `text` (a whole document or one chunk of it). Node offsets are relative to `chunk.base`;
 * problem offsets are absolute (chunk.base added).
 */
export function parseYaml(text: string, chunk: Chunk): YamlParse {
  const problems: ParseProblem[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      customTags: CUSTOM_TAGS,
      uniqueKeys: false,
      prettyErrors: false,
      keepSourceTokens: false,
      strict: false,
    });
  } catch (e) {
    problems.push({
      code: 'yaml-syntax',
      message: `YAML could not be read: ${(e as Error).message}`,
      severity: 'error',
      offset: chunk.base,
      length: 0,
    });
    return { root: undefined, problems };
  }
  for (const e of doc.errors) problems.push(toProblem(e, 'error', chunk));
  for (const w of doc.warnings) problems.push(toProblem(w, 'warning', chunk));
  const conv = new Converter(text, chunk, doc, problems);
  const root = doc.contents ? conv.convert(doc.contents as YNode, 0) : undefined;
  return { root, problems };
}

function toProblem(e: { code: string; message: string; pos: [number, number] }, severity: 'error' | 'warning', chunk: Chunk): ParseProblem {
  const first = e.message.split('\n')[0] ?? e.message;
  const message = first.replace(/ at line \d+, column \d+:?$/, '');
  return {
    code: e.code === 'TAG_RESOLVE_FAILED' ? 'yaml-unknown-tag' : 'yaml-syntax',
    message: e.code === 'TAG_RESOLVE_FAILED' ? `${message} (not a CloudFormation intrinsic function tag)` : message,
    severity,
    offset: chunk.base + e.pos[0],
    length: Math.max(0, e.pos[1] - e.pos[0]),
  };
}

const STYLE: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'block-literal',
  BLOCK_FOLDED: 'block-folded',
};

class Converter {
  private aliasBudget: number = LIMITS.maxAliasNodes;
  private reportedBudget = false;
  private reportedDepth = false;

  constructor(
    private readonly text: string,
    private readonly chunk: Chunk,
    private readonly doc: Document.Parsed,
    private readonly problems: ParseProblem[],
  ) {}

  convert(n: YNode, depth: number, viaAlias = false): Node {
    if (depth > LIMITS.maxDepth) return this.tooDeep(n);
    if (isAlias(n)) return this.alias(n, depth);
    const tag = (n as { tag?: string }).tag;
    const long = tag ? CFN_TAGS[tag] : undefined;
    const inner = this.plain(n, depth, viaAlias);
    if (!long) return inner;
    // The tag text precedes the node (possibly after an anchor); find it to give the key a real range.
    const [start] = this.range(n);
    const tagAt = this.text.lastIndexOf(tag!, start);
    const keyRel = tagAt >= 0 ? tagAt : start;
    const m = new MapNode(this.chunk, keyRel, inner.rel + inner.length - keyRel);
    m.shortTag = tag;
    m.add(new ScalarNode(this.chunk, keyRel, tag!.length, long, 'plain'), inner);
    return m;
  }

  private plain(n: YNode, depth: number, viaAlias: boolean): Node {
    const [start, end] = this.range(n);
    if (isMap(n)) {
      const m = new MapNode(this.chunk, start, end - start);
      m.flow = n.flow === true;
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const k = item.key as YNode | null;
        let keyNode: ScalarNode;
        if (k && isScalar(k)) {
          const [ks, ke] = this.range(k);
          keyNode = new ScalarNode(this.chunk, ks, ke - ks, k.value === null ? '' : String(k.value), STYLE[k.type ?? 'PLAIN'] ?? 'plain');
        } else if (k) {
          const [ks, ke] = this.range(k);
          keyNode = new ScalarNode(this.chunk, ks, ke - ks, String(k.toJSON?.() ?? ''), 'plain');
        } else {
          keyNode = new ScalarNode(this.chunk, start, 0, '', 'plain');
        }
        const v = item.value as YNode | null;
        const value = v ? this.convert(v, depth + 1, viaAlias) : new ScalarNode(this.chunk, keyNode.rel + keyNode.length, 0, null, 'plain');
        if (!m.add(keyNode, value) && !viaAlias) {
          this.problems.push({
            code: 'duplicate-key',
            message: `Duplicate key '${keyNode.value}': CloudFormation keeps only one of them`,
            severity: 'error',
            offset: keyNode.offset,
            length: keyNode.length,
          });
        }
      }
      return m;
    }
    if (isSeq(n)) {
      const s = new SeqNode(this.chunk, start, end - start);
      s.flow = n.flow === true;
      for (const item of n.items) {
        if (item === null || item === undefined) continue;
        s.push(this.convert(item as YNode, depth + 1, viaAlias));
      }
      return s;
    }
    if (isScalar(n)) {
      const sc = n as Scalar;
      let v = sc.value;
      if (typeof v === 'bigint') v = Number(v);
      if (v instanceof Date) v = v.toISOString();
      const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      const node = new ScalarNode(this.chunk, start, end - start, value, STYLE[sc.type ?? 'PLAIN'] ?? 'plain');
      if (typeof value === 'string') {
        const q = sc.type === 'QUOTE_SINGLE' || sc.type === 'QUOTE_DOUBLE' ? 1 : sc.type === 'PLAIN' ? 0 : -1;
        if (q >= 0 && this.text.slice(start + q, end - q) === value) node.verbatim = q;
      }
      return node;
    }
    return new ScalarNode(this.chunk, start, end - start, null, 'plain');
  }

  private alias(a: Alias, depth: number): Node {
    const [start, end] = this.range(a);
    const target = a.resolve(this.doc);
    if (!target) {
      this.problems.push({
        code: 'yaml-alias',
        message: `Alias *${a.source} refers to an anchor that is not defined before it`,
        severity: 'error',
        offset: this.chunk.base + start,
        length: end - start,
      });
      return new ScalarNode(this.chunk, start, end - start, null, 'plain');
    }
    const cost = countNodes(target as YNode, this.aliasBudget + 1);
    if (cost > this.aliasBudget) {
      this.aliasBudget = 0;
      if (!this.reportedBudget) {
        this.reportedBudget = true;
        this.problems.push({
          code: 'yaml-alias',
          message: `Alias expansion exceeds ${LIMITS.maxAliasNodes} nodes (an "alias bomb"); aliased content is not analysed`,
          severity: 'error',
          offset: this.chunk.base + start,
          length: end - start,
        });
      }
      return new ScalarNode(this.chunk, start, end - start, null, 'plain');
    }
    this.aliasBudget -= cost;
    // Nodes under an alias keep the anchor's positions: that is where the content is written.
    return this.convert(target as YNode, depth + 1, true);
  }

  private tooDeep(n: YNode): Node {
    const [start, end] = this.range(n);
    if (!this.reportedDepth) {
      this.reportedDepth = true;
      this.problems.push({
        code: 'too-deep',
        message: `Nesting deeper than ${LIMITS.maxDepth} levels is not analysed`,
        severity: 'warning',
        offset: this.chunk.base + start,
        length: 0,
      });
    }
    return new ScalarNode(this.chunk, start, end - start, null, 'plain');
  }

  /** [start, end) of a node's value, trailing white space trimmed. */
  private range(n: YNode): [number, number] {
    const r = (n as { range?: [number, number, number] | null }).range;
    if (!r) return [0, 0];
    let end = r[1];
    while (end > r[0] && /\s/.test(this.text.charAt(end - 1))) end--;
    return [r[0], end];
  }
}

/** Counts nodes below `n`, stopping once `limit` is reached. Nested aliases count 1 here and pay their own cost when expanded. */
function countNodes(n: YNode, limit: number): number {
  let count = 0;
  const stack: unknown[] = [n];
  while (stack.length > 0 && count < limit) {
    const x = stack.pop();
    count++;
    if (isMap(x)) for (const p of x.items) stack.push(p.value);
    else if (isSeq(x)) for (const i of x.items) stack.push(i);
  }
  return count;
}
