/**
 * Renders model edits (fixes as data) into minimal text edits that keep the user's formatting.
 *
 * YAML: new entries take the indentation of their siblings, block or flow style follows the
 * container, short-form tags (`!Ref`) are used when the document uses them, and the document's line
 * ending (LF or CRLF) is kept. JSON: jsonc-parser's `modify` with the file's detected indentation and
 * line ending.
 */
import { type FormattingOptions, modify } from 'jsonc-parser';
import { stringify as yamlStringify } from 'yaml';
import type { Edit, FixValue } from '../engine/fix-types';
import { type MapNode, type Node, type PathSegment, type SeqNode, isMap, isSeq } from '../model/nodes';
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

/** Renders a fix's edits. Throws when an edit cannot be rendered (the caller drops the fix). */
export function renderEdits(edits: readonly Edit[], ctx: RenderContext): OffsetEdit[] {
  if (ctx.format === 'json') return renderJson(edits, ctx);
  const style = yamlStyle(ctx.text);
  const out: OffsetEdit[] = [];
  for (const e of edits) out.push(...renderYamlEdit(e, ctx, style));
  return normalize(out);
}

// ---------------------------------------------------------------------------------------------------
// JSON

function renderJson(edits: readonly Edit[], ctx: RenderContext): OffsetEdit[] {
  const fmt = jsonFormatting(ctx.text);
  const out: OffsetEdit[] = [];
  // Each edit is computed against the original text; jsonc-parser edits are minimal and local, and we
  // reject overlaps in normalize().
  for (const e of edits) {
    let path: PathSegment[];
    let value: FixValue | undefined;
    let insertIndex = false;
    switch (e.op) {
      case 'set':
        path = [...e.target.path, e.key];
        value = e.value;
        break;
      case 'replace':
        path = e.target.path;
        value = e.value;
        break;
      case 'append':
        path = [...e.target.path, e.target.items.length];
        value = e.value;
        insertIndex = true;
        break;
      case 'delete':
        path = e.target.path;
        value = undefined;
        break;
      case 'add-top-level':
        path = [e.section, e.key];
        value = e.value;
        break;
    }
    for (const te of modify(ctx.text, path, value, { formattingOptions: fmt, isArrayInsertion: insertIndex })) out.push({ offset: te.offset, length: te.length, text: te.content });
  }
  return normalize(out);
}

function jsonFormatting(text: string): FormattingOptions {
  const m = /\n([ \t]+)["{[]/.exec(text);
  const indent = m?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

// ---------------------------------------------------------------------------------------------------
// YAML

interface YamlStyle {
  eol: string;
  unit: number;
  shortTags: boolean;
}

function yamlStyle(text: string): YamlStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // The indentation unit: the smallest positive indentation of a key line.
  let unit = 0;
  for (const m of text.matchAll(/^( +)[^\s#-]/gm)) {
    const n = m[1]!.length;
    if (unit === 0 || n < unit) unit = n;
    if (unit <= 2) break;
  }
  return { eol, unit: unit || 2, shortTags: /(^|[\s:[,-])!(Ref|Sub|GetAtt|If|Join)\b/m.test(text) };
}

function renderYamlEdit(e: Edit, ctx: RenderContext, st: YamlStyle): OffsetEdit[] {
  switch (e.op) {
    case 'set': {
      const existing = e.target.get(e.key);
      if (existing) return [replaceYaml(existing, e.value, ctx, st)];
      return [insertYamlEntry(e.target, e.key, e.value, ctx, st)];
    }
    case 'replace':
      return [replaceYaml(e.target, e.value, ctx, st)];
    case 'append':
      return [appendYamlItem(e.target, e.value, ctx, st)];
    case 'delete':
      return [deleteYaml(e.target, ctx)];
    case 'add-top-level': {
      const root = ctx.root;
      if (!isMap(root)) throw new Error('document root is not a mapping');
      const section = root.get(e.section);
      if (isMap(section)) {
        if (section.has(e.key)) return [replaceYaml(section.get(e.key)!, e.value, ctx, st)];
        return [insertYamlEntry(section, e.key, e.value, ctx, st)];
      }
      if (section) throw new Error(`${e.section} is not a mapping`);
      // A new section goes before Resources (after Parameters for Conditions), else at the end.
      const before = root.entry(e.section === 'Parameters' ? (root.has('Conditions') ? 'Conditions' : root.has('Mappings') ? 'Mappings' : 'Resources') : 'Resources');
      const body = emitEntry(e.key, e.value, st.unit, st).join(st.eol);
      const block = `${e.section}:${st.eol}${body}${st.eol}`;
      if (before) {
        const at = lineStart(ctx.text, before.keyNode.offset);
        return [{ offset: at, length: 0, text: `${block}${st.eol}` }];
      }
      const end = ctx.text.length;
      const sep = ctx.text.endsWith('\n') ? '' : st.eol;
      return [{ offset: end, length: 0, text: `${sep}${block}` }];
    }
  }
}

/** Inserts `key: value` after the last entry of a mapping, at the entries' indentation. */
function insertYamlEntry(map: MapNode, key: string, value: FixValue, ctx: RenderContext, st: YamlStyle): OffsetEdit {
  if (map.flow || map.shortTag) {
    const close = ctx.text.lastIndexOf('}', map.end);
    if (close < map.offset) throw new Error('cannot find the end of a flow mapping');
    const empty = map.entries.length === 0;
    return { offset: close, length: 0, text: `${empty ? '' : ', '}${yamlKey(key)}: ${flow(value, st)}` };
  }
  const last = map.entries[map.entries.length - 1];
  if (!last) {
    // An empty block mapping written as `Key:` with nothing below: indent one unit under its key.
    const keyNode = map.parent && isMap(map.parent) && typeof map.key === 'string' ? map.parent.entry(map.key)?.keyNode : undefined;
    const indent = keyNode ? column(ctx.text, keyNode.offset) + st.unit : 0;
    const at = lineEnd(ctx.text, map.offset);
    return { offset: at, length: 0, text: st.eol + emitEntry(key, value, indent, st).join(st.eol) };
  }
  const indent = column(ctx.text, last.keyNode.offset);
  const at = entryEnd(ctx.text, last.value);
  return { offset: at, length: 0, text: st.eol + emitEntry(key, value, indent, st).join(st.eol) };
}

function appendYamlItem(seq: SeqNode, value: FixValue, ctx: RenderContext, st: YamlStyle): OffsetEdit {
  if (seq.flow) {
    const close = ctx.text.lastIndexOf(']', seq.end);
    return { offset: close, length: 0, text: `${seq.items.length ? ', ' : ''}${flow(value, st)}` };
  }
  const last = seq.items[seq.items.length - 1];
  if (!last) throw new Error('cannot append to an empty block sequence');
  const dash = ctx.text.lastIndexOf('-', last.offset);
  const indent = column(ctx.text, dash);
  const at = entryEnd(ctx.text, last);
  return { offset: at, length: 0, text: st.eol + emitItem(value, indent, st).join(st.eol) };
}

function replaceYaml(node: Node, value: FixValue, ctx: RenderContext, st: YamlStyle): OffsetEdit {
  if (value === null || typeof value !== 'object' || isIntrinsic(value)) {
    return { offset: node.offset, length: node.length, text: flow(value, st) };
  }
  // A structured value replacing a node: write it as a block under the node's key.
  const keyCol = node.parent && isMap(node.parent) && typeof node.key === 'string' ? column(ctx.text, node.parent.entry(node.key)!.keyNode.offset) : column(ctx.text, node.offset);
  const lines = Array.isArray(value) ? value.flatMap((v) => emitItem(v, keyCol + st.unit, st)) : Object.entries(value).flatMap(([k, v]) => emitEntry(k, v, keyCol + st.unit, st));
  return { offset: node.offset, length: node.length, text: st.eol + lines.join(st.eol) };
}

function deleteYaml(node: Node, ctx: RenderContext): OffsetEdit {
  const parent = node.parent;
  let start = node.offset;
  if (parent && isMap(parent) && typeof node.key === 'string') start = parent.entry(node.key)!.keyNode.offset;
  if (parent && isSeq(parent)) start = ctx.text.lastIndexOf('-', node.offset);
  const from = lineStart(ctx.text, start);
  const to = entryEnd(ctx.text, node);
  const nl = ctx.text.indexOf('\n', to);
  return { offset: from, length: (nl < 0 ? ctx.text.length : nl + 1) - from, text: '' };
}

/** Emits `key: value` lines at `indent`. */
function emitEntry(key: string, value: FixValue, indent: number, st: YamlStyle): string[] {
  const pad = ' '.repeat(indent);
  if (value === null || typeof value !== 'object' || isIntrinsic(value) || (Array.isArray(value) && value.length === 0) || (!Array.isArray(value) && Object.keys(value).length === 0)) {
    return [`${pad}${yamlKey(key)}: ${flow(value, st)}`];
  }
  if (Array.isArray(value)) return [`${pad}${yamlKey(key)}:`, ...value.flatMap((v) => emitItem(v, indent + st.unit, st))];
  return [`${pad}${yamlKey(key)}:`, ...Object.entries(value).flatMap(([k, v]) => emitEntry(k, v, indent + st.unit, st))];
}

/** Emits `- value` lines at `indent`. */
function emitItem(value: FixValue, indent: number, st: YamlStyle): string[] {
  const pad = ' '.repeat(indent);
  if (value === null || typeof value !== 'object' || isIntrinsic(value) || Array.isArray(value)) return [`${pad}- ${flow(value, st)}`];
  const entries = Object.entries(value);
  if (entries.length === 0) return [`${pad}- {}`];
  const lines = entries.flatMap(([k, v]) => emitEntry(k, v, indent + 2, st));
  lines[0] = `${pad}- ${lines[0]!.slice(indent + 2)}`;
  return lines;
}

function isIntrinsic(v: FixValue): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/** A value on one line: scalars as YAML, intrinsics as short tags when the file uses them, else flow. */
function flow(value: FixValue, st: YamlStyle): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return scalar(value);
  if (isIntrinsic(value)) {
    const [k, arg] = Object.entries(value)[0]!;
    if (st.shortTags) {
      const tag = k === 'Ref' ? '!Ref' : `!${k.slice(4)}`;
      return `${tag} ${flow(arg, st)}`;
    }
    return `{${yamlKey(k)}: ${flow(arg, st)}}`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => flow(v, st)).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${yamlKey(k)}: ${flow(v, st)}`)
    .join(', ')}}`;
}

function scalar(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  const s = yamlStringify(v, { lineWidth: 0 }).trimEnd();
  // Keep flow-safe: a plain scalar with `,[]{}` would break inside flow collections.
  return /[,[\]{}]/.test(s) && !/^["']/.test(s) ? JSON.stringify(v) : s;
}

function yamlKey(k: string): string {
  return /^[A-Za-z0-9_:.\-/]+$/.test(k) && !/^[-:]/.test(k) ? k : JSON.stringify(k);
}

// ---------------------------------------------------------------------------------------------------
// Text helpers

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return text.charAt(end - 1) === '\r' ? end - 1 : end;
}

/** End of the last line a node's value occupies (before its line break and any trailing comment). */
function entryEnd(text: string, node: Node): number {
  return lineEnd(text, Math.max(node.offset, node.end - 1));
}

/** Sorts edits and rejects overlaps (a fix whose edits collide is a bug in the rule). */
function normalize(edits: OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    if (sorted[i]!.offset < prev.offset + prev.length) throw new Error('overlapping edits');
  }
  return sorted;
}

/** Applies offset edits to a text (used by the CLI's fix command and by tests). */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  return out;
}
