/**
 * Renders model edits (fixes as data) into minimal text edits that keep the user's formatting.
 *
 * Both formats first narrow an edit to what actually changes: replacing a mapping with one that has
 * the same keys edits only the differing values; replacing a list with a longer one that starts with
 * the same items appends. Text that does not change is never rewritten, so comments and layout
 * survive.
 *
 * YAML: new entries take the indentation of their siblings (and the file's sequence indentation),
 * block or flow style follows the container, the quoting style of sibling strings is kept, short-form
 * tags (`!Ref`) are used when the document uses them, a comment at the end of a line stays on its
 * line, and the document's line ending (LF or CRLF) is kept. A new top-level section goes where
 * CloudFormation's documented section order puts it.
 *
 * JSON: the file's detected indentation (tabs or N spaces), line ending and `": "` spacing; a
 * container written on one line stays on one line. jsonc-parser's `modify` is not used for the text:
 * its formatting pass re-lays out every line it touches, expanding a sibling's one-line `[{…}]` into
 * many lines.
 */
import { stringify as yamlStringify } from 'yaml';
import type { Edit, FixValue } from '../engine/fix-types';
import type { Json } from '../model/evaluate';
import { type MapEntry, type MapNode, type Node, type ScalarNode, type SeqNode, isMap, isScalar, isSeq, toPlain, walk } from '../model/nodes';
import { stringPolicySource } from '../model/policy';
import type { SourceFormat } from './chunked-parser';

/** A text edit by offsets, in the document version the fix was computed for. */
export interface OffsetEdit {
  offset: number;
  length: number;
  text: string;
}

export interface RenderContext {
  text: string;
  format: SourceFormat;
  root: Node | undefined;
}

/**
 * CloudFormation's documented order of top-level sections. A new section is inserted before the first
 * existing section that comes after it (Transform is left out: SAM templates put it second).
 */
const SECTION_ORDER = ['AWSTemplateFormatVersion', 'Description', 'Metadata', 'Parameters', 'Rules', 'Mappings', 'Conditions', 'Resources', 'Outputs'];

/** Renders a fix's edits. Throws when an edit cannot be rendered (the caller drops the fix). */
export function renderEdits(edits: readonly Edit[], ctx: RenderContext): OffsetEdit[] {
  for (const e of edits) if (e.op !== 'add-top-level') guardTarget(e.target);
  const r: Renderer = ctx.format === 'json' ? new JsonRenderer(ctx) : new YamlRenderer(ctx);
  for (const e of edits) r.edit(e);
  return normalize(r.out);
}

/** A node parsed out of a string (a policy written as a JSON string) has no text of its own to edit. */
function guardTarget(n: Node): void {
  if (stringPolicySource(n)) throw new Error('cannot edit inside a policy written as a string');
}

// ---------------------------------------------------------------------------------------------------
// Shared

/** An edit with the depth of the container it writes into (to order insertions at one offset). */
interface RankedEdit extends OffsetEdit {
  depth: number;
}

abstract class Renderer {
  readonly out: RankedEdit[] = [];
  /** Depth of the container the current edit writes into; deeper insertions at one offset go first. */
  protected depth = 0;
  readonly text: string;
  readonly root: Node | undefined;

  constructor(ctx: RenderContext) {
    this.text = ctx.text;
    this.root = ctx.root;
  }

  edit(e: Edit): void {
    this.depth = e.op === 'add-top-level' ? 1 : e.target.path.length;
    switch (e.op) {
      case 'set': {
        const existing = e.target.get(e.key);
        if (existing) this.replace(existing, e.value);
        else this.insert(e.target, e.key, e.value);
        return;
      }
      case 'replace':
        this.replace(e.target, e.value);
        return;
      case 'append':
        this.append(e.target, e.value);
        return;
      case 'delete':
        this.delete(e.target);
        return;
      case 'add-top-level': {
        const root = this.root;
        if (!isMap(root)) throw new Error('document root is not a mapping');
        const section = root.get(e.section);
        if (isMap(section)) return this.edit({ op: 'set', target: section, key: e.key, value: e.value });
        if (section && !(isScalar(section) && section.value === null)) throw new Error(`${e.section} is not a mapping`);
        if (section) return this.replace(section, { [e.key]: e.value });
        this.insertSection(root, e.section, { [e.key]: e.value });
        return;
      }
    }
  }

  /** Replaces a node's value, narrowed to what differs. */
  replace(node: Node, value: FixValue): void {
    const parent = node.parent;
    if (parent && isMap(parent) && typeof node.key === 'string' && parent.entry(node.key)?.keyNode === node) {
      // A key (a rename, e.g. Bool → BoolIfExists).
      if (typeof value !== 'string') throw new Error('a key can only be renamed to a string');
      this.push(node.offset, node.length, this.keyText(value));
      return;
    }
    if (same(toPlain(node), value)) return;
    if (isMap(node) && !node.shortTag && isObject(value) && node.entries.length > 0 && new Set(node.entries.map((e) => e.key)).size === node.entries.length) {
      // Edit the mapping entry by entry: a key whose value moves to a new key unchanged is renamed
      // (Bool → BoolIfExists), kept keys get their new values, others are deleted or added.
      const keys = Object.keys(value);
      const added = keys.filter((k) => !node.has(k));
      const renames = new Map<string, string>();
      for (const e of node.entries) {
        if (e.key in value) continue;
        const to = added.find((k) => ![...renames.values()].includes(k) && same(toPlain(e.value), value[k]));
        if (to !== undefined) renames.set(e.key, to);
      }
      const kept = node.entries.filter((e) => e.key in value || renames.has(e.key));
      if (kept.length > 0) {
        for (const e of node.entries) {
          const to = renames.get(e.key);
          if (to !== undefined) this.push(e.keyNode.offset, e.keyNode.length, this.keyText(to));
          else if (e.key in value) this.replace(e.value, value[e.key]!);
          else this.delete(e.value);
        }
        const after = kept[kept.length - 1]!;
        for (const k of added) if (![...renames.values()].includes(k)) this.insert(node, k, value[k]!, after);
        return;
      }
    }
    if (isSeq(node) && Array.isArray(value) && node.items.length > 0 && value.length >= node.items.length) {
      node.items.forEach((item, i) => this.replace(item, value[i]!));
      for (const v of value.slice(node.items.length)) this.append(node, v);
      return;
    }
    this.replaceWhole(node, value);
  }

  push(offset: number, length: number, text: string): void {
    this.out.push({ offset, length, text, depth: this.depth });
  }

  abstract keyText(key: string): string;
  abstract replaceWhole(node: Node, value: FixValue): void;
  /** Inserts an entry after `after` (default: the last entry). */
  abstract insert(map: MapNode, key: string, value: FixValue, after?: MapEntry): void;
  abstract append(seq: SeqNode, value: FixValue): void;
  abstract delete(node: Node): void;
  abstract insertSection(root: MapNode, section: string, value: { [k: string]: Json }): void;

  /** The root entry a new section goes before, or undefined to go last. */
  protected sectionSuccessor(root: MapNode, section: string): MapNode['entries'][number] | undefined {
    const rank = SECTION_ORDER.indexOf(section);
    return root.entries.find((e) => SECTION_ORDER.indexOf(e.key) > rank);
  }

  protected column(offset: number): number {
    return offset - lineStart(this.text, offset);
  }

  /** The whitespace in front of the line holding `offset`. */
  protected lineIndent(offset: number): string {
    const start = lineStart(this.text, offset);
    return /^[ \t]*/.exec(this.text.slice(start, offset))![0];
  }
}

function isObject(v: FixValue | undefined): v is { [k: string]: Json } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

// ---------------------------------------------------------------------------------------------------
// YAML

type Quote = 'plain' | 'single' | 'double';

class YamlRenderer extends Renderer {
  private readonly eol: string;
  private unit: number;
  private readonly shortTags: boolean;
  /** Extra indentation of a block sequence's dashes under its key (0 for `Key:\n- a`). */
  private seqIndent: number;
  private docQuote: Quote;

  constructor(ctx: RenderContext) {
    super(ctx);
    const text = ctx.text;
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    // The indentation unit, measured on the tree below (a nested mapping's keys against its key); the
    // smallest indentation of a key line when the file has no nested block mapping.
    let unit = 0;
    for (const m of text.matchAll(/^( +)[^\s#-]/gm)) {
      const n = m[1]!.length;
      if (unit === 0 || n < unit) unit = n;
      if (unit <= 2) break;
    }
    this.unit = unit || 2;
    this.shortTags = /(^|[\s:[,{-])!(Ref|Sub|GetAtt|If|Join|Select|Split|Equals|Not|And|Or|FindInMap|Base64|Cidr|GetAZs|ImportValue|Condition)\b/m.test(text);
    this.seqIndent = this.unit;
    this.docQuote = 'plain';
    if (ctx.root) {
      let seqIndent: number | undefined;
      let nested: number | undefined;
      const counts = { plain: 0, single: 0, double: 0 };
      walk(ctx.root, (n) => {
        if (nested === undefined && isMap(n) && !n.flow && !n.shortTag && n.entries.length > 0 && n.parent && isMap(n.parent) && !n.parent.flow && typeof n.key === 'string') {
          const keyNode = n.parent.entry(n.key)?.keyNode;
          const first = n.entries[0]!.keyNode.offset;
          if (keyNode && lineStart(text, first) !== lineStart(text, keyNode.offset) && this.column(first) > this.column(keyNode.offset)) nested = this.column(first) - this.column(keyNode.offset);
        }
        if (seqIndent === undefined && isSeq(n) && !n.flow && n.items.length > 0 && n.parent && isMap(n.parent) && typeof n.key === 'string') {
          const keyNode = n.parent.entry(n.key)?.keyNode;
          const dash = this.dashOf(n.items[0]!);
          if (keyNode && dash >= 0 && !n.parent.flow && lineStart(text, dash) !== lineStart(text, keyNode.offset)) seqIndent = Math.max(0, this.column(dash) - this.column(keyNode.offset));
        }
        if (isScalar(n)) countQuote(n, counts);
      });
      if (nested !== undefined) this.unit = nested;
      else if (seqIndent) this.unit = seqIndent;
      this.seqIndent = seqIndent ?? this.unit;
      this.docQuote = pickQuote(counts) ?? 'plain';
    }
  }

  keyText(key: string): string {
    return yamlKey(key);
  }

  /** The quoting style for strings written into `container`: its own strings' style, else the file's. */
  private quoteFor(container: Node | undefined): Quote {
    if (!container) return this.docQuote;
    const counts = { plain: 0, single: 0, double: 0 };
    const kids = isMap(container) ? container.entries.map((e) => e.value) : isSeq(container) ? container.items : [];
    for (const k of kids) if (isScalar(k)) countQuote(k, counts);
    return pickQuote(counts) ?? this.docQuote;
  }

  replaceWhole(node: Node, value: FixValue): void {
    const parent = node.parent;
    const q = this.quoteFor(parent);
    const inline = this.inFlow(node) || !isBlockValue(value);
    if (inline) {
      // A string keeps the quotes of the value it replaces when they were a choice, not a necessity.
      const keepQuote = isScalar(node) && typeof value === 'string' && (node.style === 'single' || node.style === 'double') && typeof node.value === 'string' && plainable(node.value) ? node.style : q;
      if (isScalar(node) || isFlowish(node) || !parent || !isMap(parent) || typeof node.key !== 'string') {
        if (isScalar(node) && node.length === 0) {
          // An empty value (`Key:` with nothing after): write after the colon.
          this.push(node.offset, 0, ` ${this.flow(value, keepQuote)}`);
          return;
        }
        this.push(node.offset, node.length, this.flow(value, keepQuote));
        return;
      }
      // A block collection under a key becomes a one-line value: from the end of the key.
      const keyNode = parent.entry(node.key)!.keyNode;
      this.push(keyNode.end, node.end - keyNode.end, `: ${this.flow(value, q)}`);
      return;
    }
    if (!isScalar(node) && !isFlowish(node)) {
      // A block collection replaced by a block value: written at the node's own column.
      const col = this.column(node.offset);
      const lines = this.block(value, col, q);
      lines[0] = lines[0]!.slice(col);
      this.push(node.offset, node.length, lines.join(this.eol));
      return;
    }
    // A scalar (or flow or short-tag value) replaced by a block value: below its key, one unit in.
    if (parent && isSeq(parent)) {
      const col = this.column(node.offset);
      const lines = this.block(value, col, q);
      lines[0] = lines[0]!.slice(col);
      this.push(node.offset, node.length, lines.join(this.eol));
      return;
    }
    const keyNode = parent && isMap(parent) && typeof node.key === 'string' ? parent.entry(node.key)?.keyNode : undefined;
    const keyCol = keyNode ? this.column(keyNode.offset) : 0;
    const indent = keyCol + (Array.isArray(value) ? this.seqIndent : this.unit);
    const body = this.eol + this.block(value, indent, q).join(this.eol);
    const end = lineEnd(this.text, node.offset);
    if (node.length === 0) {
      // `Key:` with nothing (or only a comment) after it: the block goes below, the comment stays.
      this.push(end, 0, body);
      return;
    }
    // Drop the old value and the blanks in front of it; a comment after it stays on the key's line.
    let from = node.offset;
    while (from > 0 && (this.text[from - 1] === ' ' || this.text[from - 1] === '\t')) from--;
    const rest = this.text.slice(node.end, end);
    if (/^\s*$/.test(rest)) {
      this.push(from, end - from, body);
      return;
    }
    const comment = /^\s*(#.*)$/.exec(rest);
    if (!comment) throw new Error('unexpected text after the value');
    this.push(from, end - from, ` ${comment[1]}${body}`);
  }

  insert(map: MapNode, key: string, value: FixValue, after?: MapEntry): void {
    if (map.shortTag || map.intrinsic) throw new Error('cannot add a key to an intrinsic function');
    const q = this.quoteFor(map);
    if (map.flow) {
      const last = after ?? map.entries[map.entries.length - 1];
      const entry = `${yamlKey(key)}: ${this.flow(value, q)}`;
      if (last) this.push(last.value.end, 0, `, ${entry}`);
      else {
        if (this.text.charAt(map.offset) !== '{') throw new Error('cannot find the start of a flow mapping');
        this.push(map.offset + 1, 0, entry);
      }
      return;
    }
    const last = after ?? map.entries[map.entries.length - 1];
    if (!last) throw new Error('empty block mapping');
    const indent = this.column(last.keyNode.offset);
    this.push(this.pastComments(this.entryEnd(last.value), indent), 0, this.eol + this.entry(key, value, indent, q).join(this.eol));
  }

  append(seq: SeqNode, value: FixValue): void {
    const q = this.quoteFor(seq);
    const last = seq.items[seq.items.length - 1];
    if (seq.flow) {
      if (last) this.push(last.end, 0, `, ${this.flow(value, q)}`);
      else {
        if (this.text.charAt(seq.offset) !== '[') throw new Error('cannot find the start of a flow sequence');
        this.push(seq.offset + 1, 0, this.flow(value, q));
      }
      return;
    }
    if (!last) throw new Error('cannot append to an empty block sequence');
    const dash = this.dashOf(last);
    if (dash < 0) throw new Error('cannot find the dash of a sequence item');
    this.push(this.pastComments(this.entryEnd(last), this.column(dash)), 0, this.eol + this.item(value, this.column(dash), q).join(this.eol));
  }

  delete(node: Node): void {
    const parent = node.parent;
    if (!parent) throw new Error('cannot delete the document');
    if (parent.flow) {
      const siblings: Array<[number, number]> = isMap(parent) ? parent.entries.map((e) => [e.keyNode.offset, e.value.end]) : parent.items.map((i) => [i.offset, i.end]);
      const i = isMap(parent) ? parent.entries.findIndex((e) => e.value === node) : parent.items.indexOf(node);
      const [start, end] = siblings[i]!;
      if (i > 0) this.push(siblings[i - 1]![1], end - siblings[i - 1]![1], '');
      else if (siblings.length > 1) this.push(start, siblings[1]![0] - start, '');
      else this.push(start, end - start, '');
      return;
    }
    let start = node.offset;
    if (isMap(parent) && typeof node.key === 'string') start = parent.entry(node.key)!.keyNode.offset;
    if (isSeq(parent)) start = this.dashOf(node);
    const from = lineStart(this.text, start);
    if (this.text.slice(from, start).trim() !== '') {
      // The first key of a sequence item (`- Key: v`): pull the next key up behind the dash.
      const next = isMap(parent) ? parent.entries[parent.entries.findIndex((e) => e.value === node) + 1] : undefined;
      if (!next) throw new Error('cannot delete the only key of a sequence item');
      this.push(start, next.keyNode.offset - start, '');
      return;
    }
    const to = this.entryEnd(node);
    const nl = this.text.indexOf('\n', to);
    this.push(from, (nl < 0 ? this.text.length : nl + 1) - from, '');
  }

  insertSection(root: MapNode, section: string, value: { [k: string]: Json }): void {
    if (root.flow) return this.insert(root, section, value);
    const lines = this.entry(section, value, this.column(root.offset), this.docQuote);
    const block = lines.join(this.eol);
    const next = this.sectionSuccessor(root, section);
    if (next) {
      // Before the successor and the comment lines directly above it.
      let at = lineStart(this.text, next.keyNode.offset);
      for (;;) {
        if (at === 0) break;
        const prev = lineStart(this.text, at - 1);
        if (!/^[ \t]*#/.test(this.text.slice(prev, at))) break;
        at = prev;
      }
      // A blank line after it, unless the file visibly packs its sections together.
      const blankBefore = at === 0 || this.text.slice(lineStart(this.text, at - 1), at).trim() === '';
      this.push(at, 0, `${block}${this.eol}${blankBefore ? this.eol : ''}`);
      return;
    }
    const last = root.entries[root.entries.length - 1];
    if (!last) throw new Error('empty document');
    // Separate it like the existing sections are separated (by a blank line or not).
    const lastStart = lineStart(this.text, last.keyNode.offset);
    const blank = lastStart > 0 && this.text.slice(lineStart(this.text, lastStart - 1), lastStart).trim() === '';
    this.push(this.entryEnd(last.value), 0, `${this.eol}${blank ? this.eol : ''}${block}`);
  }

  /** Whether a node sits inside a flow collection (or is one, or is a short-tag value). */
  private inFlow(node: Node): boolean {
    for (let p = node.parent; p; p = p.parent) if (p.flow || (isMap(p) && p.shortTag)) return true;
    return false;
  }

  /** Offset of the `-` in front of a block sequence item, or -1. */
  private dashOf(item: Node): number {
    let i = item.offset - 1;
    while (i >= 0 && (this.text[i] === ' ' || this.text[i] === '\t')) i--;
    // A nested item (`- - a`) or a tag/anchor in front: fall back to the last dash before the item.
    if (this.text[i] !== '-') i = this.text.lastIndexOf('-', item.offset);
    return i;
  }

  /**
   * Moves an insertion point at a line end past the comment lines right below it that are indented
   * deeper than the new text: they belong to the block above (`      # Encrypted is not set`).
   */
  private pastComments(at: number, indent: number): number {
    for (;;) {
      const nl = this.text.indexOf('\n', at);
      if (nl < 0) return at;
      const next = lineEnd(this.text, nl + 1);
      const m = /^( *)#/.exec(this.text.slice(nl + 1, next));
      if (!m || m[1]!.length <= indent) return at;
      at = next;
    }
  }

  /** End of the last line a node's value occupies (a comment at its end stays on its line). */
  private entryEnd(node: Node): number {
    return lineEnd(this.text, Math.max(node.offset, node.end - 1));
  }

  /** `key: value` lines at `indent`. */
  private entry(key: string, value: FixValue, indent: number, q: Quote): string[] {
    const pad = ' '.repeat(indent);
    if (!isBlockValue(value)) return [`${pad}${yamlKey(key)}: ${this.flow(value, q)}`];
    return [`${pad}${yamlKey(key)}:`, ...this.block(value, indent + (Array.isArray(value) ? this.seqIndent : this.unit), q)];
  }

  /** A block collection's lines at `indent` (entries of a mapping, or `- ` items). */
  private block(value: FixValue, indent: number, q: Quote): string[] {
    if (Array.isArray(value)) return value.flatMap((v) => this.item(v, indent, q));
    if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => this.entry(k, v, indent, q));
    return [`${' '.repeat(indent)}${this.flow(value, q)}`];
  }

  /** `- value` lines at `indent`. */
  private item(value: FixValue, indent: number, q: Quote): string[] {
    const pad = ' '.repeat(indent);
    if (!isObject(value) || Object.keys(value).length === 0 || isIntrinsic(value)) return [`${pad}- ${this.flow(value, q)}`];
    const lines = this.block(value, indent + 2, q);
    lines[0] = `${pad}- ${lines[0]!.slice(indent + 2)}`;
    return lines;
  }

  /** A value on one line: scalars in the quoting style, intrinsics as short tags when the file uses them. */
  private flow(value: FixValue, q: Quote): string {
    if (value === null) return 'null';
    if (typeof value !== 'object') return scalar(value, q);
    if (isIntrinsic(value)) {
      const [k, arg] = Object.entries(value)[0]!;
      if (this.shortTags) return `${k === 'Ref' ? '!Ref' : `!${k.slice(4)}`} ${this.flow(arg, q)}`;
      return `{${yamlKey(k)}: ${this.flow(arg, q)}}`;
    }
    if (Array.isArray(value)) return `[${value.map((v) => this.flow(v, q)).join(', ')}]`;
    return `{${Object.entries(value)
      .map(([k, v]) => `${yamlKey(k)}: ${this.flow(v, q)}`)
      .join(', ')}}`;
  }
}

/** Whether a value is written as a block (indented lines) rather than on the key's line. */
function isBlockValue(value: FixValue): boolean {
  if (value === null || typeof value !== 'object') return false;
  // Intrinsics stay on the key's line: `!Ref X`, or `{Ref: X}` in a file without short tags.
  if (isIntrinsic(value)) return false;
  return Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0;
}

function isFlowish(n: Node): boolean {
  return (isMap(n) || isSeq(n)) && (n.flow || (isMap(n) && n.shortTag !== undefined));
}

/** Counts a string scalar's quoting, when the quotes are a choice (the value would also be plain). */
function countQuote(n: ScalarNode, counts: Record<Quote, number>): void {
  if (typeof n.value !== 'string' || n.length === 0) return;
  if (n.style === 'plain') counts.plain++;
  else if ((n.style === 'single' || n.style === 'double') && plainable(n.value)) counts[n.style]++;
}

function pickQuote(c: Record<Quote, number>): Quote | undefined {
  if (c.plain + c.single + c.double === 0) return undefined;
  if (c.double > c.plain && c.double >= c.single) return 'double';
  if (c.single > c.plain && c.single > c.double) return 'single';
  return 'plain';
}

/** Whether a string can be written unquoted, under YAML 1.1 too (CloudFormation reads `on`, `2012-10-17` as non-strings). */
function plainable(s: string): boolean {
  return !/^["']/.test(yamlStringify(s, { lineWidth: 0, version: '1.1' })) && !/[,[\]{}\n]/.test(s);
}

function isIntrinsic(v: FixValue): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

function scalar(v: string | number | boolean, q: Quote): string {
  if (typeof v !== 'string') return String(v);
  if (q === 'double' || /[\n\r\t]/.test(v)) return JSON.stringify(v);
  if (q === 'single') return `'${v.replace(/'/g, "''")}'`;
  const s = yamlStringify(v, { lineWidth: 0, version: '1.1' }).trimEnd();
  // Keep flow-safe: a plain scalar with `,[]{}` would break inside flow collections.
  return /[,[\]{}]/.test(s) && !/^["']/.test(s) ? JSON.stringify(v) : s;
}

function yamlKey(k: string): string {
  return /^[A-Za-z0-9_:.\-/]+$/.test(k) && !/^[-:]/.test(k) && !/:$/.test(k) ? k : JSON.stringify(k);
}

// ---------------------------------------------------------------------------------------------------
// JSON

class JsonRenderer extends Renderer {
  private readonly eol: string;
  private readonly unit: string;
  /** The whole document is on one line: keep new text on one line too. */
  private readonly compact: boolean;
  private readonly colon: string;

  constructor(ctx: RenderContext) {
    super(ctx);
    const text = ctx.text;
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
    this.compact = !/\S[ \t]*\r?\n[ \t]*\S/.test(text);
    // The indentation unit: the smallest indentation of a line that starts a key or a value.
    let unit: string | undefined;
    for (const m of text.matchAll(/\n([ \t]+)["{[\]}\w-]/g)) {
      const ind = m[1]!;
      if (ind.startsWith('\t')) {
        unit = '\t';
        break;
      }
      if (unit === undefined || ind.length < unit.length) unit = ind;
      if (unit.length <= 2) break;
    }
    this.unit = unit ?? '  ';
    this.colon = /"\s*:[^ \t\r\n]/.test(text) && !/"\s*: /.test(text) ? ':' : ': ';
  }

  keyText(key: string): string {
    return JSON.stringify(key);
  }

  /** Whether a container is laid out over several lines. */
  private multiline(n: Node): boolean {
    return !this.compact && /\n/.test(this.text.slice(n.offset, n.end));
  }

  private emit(value: FixValue, indent: string, oneLine: boolean): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const sep = oneLine ? '' : this.eol + indent + this.unit;
    const close = oneLine ? '' : this.eol + indent;
    const inner = indent + this.unit;
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      return `[${sep}${value.map((v) => this.emit(v, inner, oneLine)).join(oneLine ? ', ' : `,${sep}`)}${close}]`;
    }
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{${sep}${entries.map(([k, v]) => `${JSON.stringify(k)}${this.colon}${this.emit(v, inner, oneLine)}`).join(oneLine ? ', ' : `,${sep}`)}${close}}`;
  }

  replaceWhole(node: Node, value: FixValue): void {
    const oneLine = this.compact || (node.parent !== undefined && !this.multiline(node.parent));
    this.push(node.offset, node.length, this.emit(value, this.lineIndent(node.offset), oneLine));
  }

  /** Inserts `text` (one entry or item) after the last child ending at `lastEnd`, or into an empty container. */
  private add(container: MapNode | SeqNode, lastEnd: number | undefined, firstStart: number | undefined, render: (indent: string, oneLine: boolean) => string): void {
    const open = container.offset;
    if (lastEnd === undefined) {
      // `{}` or `[]`: open it over lines under the container's own line.
      const indent = this.lineIndent(open);
      if (this.compact) this.push(open + 1, container.length - 2, render('', true));
      else this.push(open + 1, container.length - 2, `${this.eol}${indent}${this.unit}${render(indent + this.unit, false)}${this.eol}${indent}`);
      return;
    }
    if (!this.multiline(container)) {
      this.push(lastEnd, 0, `, ${render(this.lineIndent(lastEnd), true)}`);
      return;
    }
    const indent = this.lineIndent(firstStart!);
    this.push(lastEnd, 0, `,${this.eol}${indent}${render(indent, false)}`);
  }

  insert(map: MapNode, key: string, value: FixValue, after?: MapEntry): void {
    const last = after ?? map.entries[map.entries.length - 1];
    const first = map.entries[0];
    this.add(map, last?.value.end, first?.keyNode.offset, (indent, oneLine) => `${JSON.stringify(key)}${this.colon}${this.emit(value, indent, oneLine)}`);
  }

  append(seq: SeqNode, value: FixValue): void {
    const last = seq.items[seq.items.length - 1];
    this.add(seq, last?.end, seq.items[0]?.offset, (indent, oneLine) => this.emit(value, indent, oneLine));
  }

  delete(node: Node): void {
    const parent = node.parent;
    if (!parent) throw new Error('cannot delete the document');
    const spans: Array<[number, number]> = isMap(parent) ? parent.entries.map((e) => [e.keyNode.offset, e.value.end]) : parent.items.map((i) => [i.offset, i.end]);
    const i = isMap(parent) ? parent.entries.findIndex((e) => e.value === node) : parent.items.indexOf(node);
    if (i < 0) throw new Error('node not found in its parent');
    const [start, end] = spans[i]!;
    if (i > 0) this.push(spans[i - 1]![1], end - spans[i - 1]![1], '');
    else if (spans.length > 1) this.push(start, spans[1]![0] - start, '');
    else this.push(parent.offset + 1, parent.length - 2, '');
  }

  insertSection(root: MapNode, section: string, value: { [k: string]: Json }): void {
    const next = this.sectionSuccessor(root, section);
    if (!next || root.entries.length === 0) return this.insert(root, section, value);
    const at = next.keyNode.offset;
    const oneLine = !this.multiline(root);
    const indent = this.lineIndent(at);
    const entry = `${JSON.stringify(section)}${this.colon}${this.emit(value, indent, oneLine)}`;
    this.push(at, 0, oneLine ? `${entry}, ` : `${entry},${this.eol}${indent}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Text helpers

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line holding `offset`, before its line break (`\n` or `\r\n`). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return text.charAt(end - 1) === '\r' ? end - 1 : end;
}

/**
 * Sorts edits, rejects overlaps (a fix whose edits collide is a bug in the rule) and merges edits that
 * start at the same offset (an insertion in front of a deletion), so clients never see two edits at
 * one position.
 */
function normalize(edits: RankedEdit[]): OffsetEdit[] {
  const sorted = edits.filter((e) => e.length > 0 || e.text !== '').map((e, i) => ({ e, i }));
  // At one offset: insertions before a deletion, and an insertion into a deeper container (a new
  // property at the end of the last resource) before one into an outer container (a new resource).
  sorted.sort((a, b) => a.e.offset - b.e.offset || a.e.length - b.e.length || b.e.depth - a.e.depth || a.i - b.i);
  const out: OffsetEdit[] = [];
  for (const { e } of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.offset < prev.offset + prev.length) throw new Error('overlapping edits');
    if (prev && e.offset === prev.offset && prev.length === 0) {
      out[out.length - 1] = { offset: prev.offset, length: e.length, text: prev.text + e.text };
      continue;
    }
    out.push({ offset: e.offset, length: e.length, text: e.text });
  }
  return out;
}

/**
 * Combines edits from several fixes (sorted, non-overlapping) so that no two start at one offset: an
 * insertion and whatever follows it at the same offset become one edit, in array order. LSP clients
 * and applyEdits then agree on the result.
 */
export function mergeEdits(edits: readonly OffsetEdit[]): OffsetEdit[] {
  // Insertions at one offset from different fixes: text that continues the line first, then new lines
  // by decreasing indentation (a property of the last resource before a new resource after it).
  const rank = (e: OffsetEdit) => {
    const m = /^,?\r?\n([ \t]*)/.exec(e.text);
    return e.length > 0 || !m ? Infinity : m[1]!.length;
  };
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.offset - b.e.offset || a.e.length - b.e.length || rank(b.e) - rank(a.e) || a.i - b.i);
  const out: OffsetEdit[] = [];
  for (const { e } of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.offset === prev.offset && prev.length === 0) out[out.length - 1] = { offset: prev.offset, length: e.length, text: prev.text + e.text };
    else out.push({ offset: e.offset, length: e.length, text: e.text });
  }
  return out;
}

/** Applies offset edits to a text (used by the CLI's fix command and by tests). Same semantics as an LSP client. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  // Back to front. At one offset: a deletion before insertions, and insertions in reverse array
  // order, so that the text inserted first ends up first (as LSP clients apply them).
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.offset - a.e.offset || b.e.length - a.e.length || b.i - a.i);
  let out = text;
  for (const { e } of order) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}
