/**
 * Incremental parsing by chunks.
 *
 * A CloudFormation template is a mapping of a few sections, and its bulk is the Resources section: one
 * entry per resource. A cheap lexical scan splits the text into one chunk per top-level section and one
 * chunk per resource. Each chunk is parsed on its own, and a chunk whose text did not change since the
 * previous version is reused (only its base offset moves). An edit inside one resource of a
 * 3,000-resource template therefore re-parses one small chunk instead of a megabyte.
 *
 * The scan is deliberately conservative: whenever the layout is anything but plain block-style YAML or
 * a plain JSON object (multiple documents, directives, flow-style top level, tabs in indentation,
 * comments in the JSON skeleton, aliases crossing chunks…), it gives up and the whole text is parsed
 * as one chunk, which is always correct.
 */
import { type Chunk, MapNode, type Node, ScalarNode, isMap, walk } from '../model/nodes';
import { parseJsonValue } from './parse-json';
import { parseYaml } from './parse-yaml';
import type { ParseProblem } from './problems';

export type SourceFormat = 'yaml' | 'json';

/** One parsed chunk. Reused across versions while its text is unchanged. */
export interface ParsedChunk {
  readonly text: string;
  readonly chunk: Chunk;
  /** Mapping entries the chunk contributes (one section, or one resource). */
  readonly entries: ReadonlyArray<{ keyNode: ScalarNode; value: Node }>;
  /** Root value when the chunk is a whole-document fallback whose root is not a mapping. */
  readonly other: Node | undefined;
  /** Problems, with offsets relative to `chunk.base`. */
  readonly problems: ReadonlyArray<ParseProblem>;
  /** Free slot for layers above (template model, rule results) to cache per-chunk work. */
  memo: Map<unknown, unknown>;
}

/**
 * A single text change, as the editor reports it (offsets in the previous text). With it the parser
 * can re-parse one chunk and shift the others without scanning the whole document.
 */
export interface EditHint {
  offset: number;
  deleteLength: number;
  insertText: string;
}

/** Where each chunk sits in the last parsed version, for incremental updates. */
interface PlacedChunk {
  start: number;
  end: number;
  pc: ParsedChunk;
  container: MapNode;
}

interface LastParse {
  text: string;
  placed: PlacedChunk[];
  root: MapNode;
  /** Chunk of the `Resources:` key and map node (shifted when text before them changes). */
  header: { chunk: Chunk; offset: number; map: MapNode } | undefined;
  /** Duplicate-key problems found while assembling, by the key node they point at. */
  duplicates: ScalarNode[];
  resourceChunks: Map<string, ParsedChunk>;
}

export interface ParsedDocument {
  root: Node | undefined;
  problems: ParseProblem[];
  /** Chunk that produced each resource, by logical id (absent in whole-document mode). */
  resourceChunks: Map<string, ParsedChunk>;
  /** Chunks reused from the previous version / parsed afresh. */
  stats: { reused: number; parsed: number; chunked: boolean };
}

interface Span {
  start: number;
  end: number;
}
interface Section extends Span {
  /** For a Resources section split into children: the key and its children. */
  resources?: { keyStart: number; keyEnd: number; valueStart: number; children: Span[] };
}

/** Parses documents of one URI across versions, reusing unchanged chunks. */
export class ChunkedParser {
  private pool = new Map<string, ParsedChunk[]>();
  private last: LastParse | undefined;

  constructor(private readonly format: SourceFormat) {}

  /** Parses a version of the document; `hint` (the single edit since the previous version) enables the fast path. */
  parse(text: string, hint?: EditHint): ParsedDocument {
    if (hint) {
      const fast = this.incremental(text, hint);
      if (fast) return fast;
    }
    return this.full(text);
  }

  /**
   * The fast path: an edit inside one chunk that cannot change the layout (no line breaks added or
   * removed, indentation and the chunk's first line untouched, and for JSON no structural characters)
   * re-parses that chunk only and shifts the offsets of the chunks after it.
   */
  private incremental(text: string, hint: EditHint): ParsedDocument | undefined {
    const last = this.last;
    if (!last) return undefined;
    const { offset, deleteLength, insertText } = hint;
    if (text.length !== last.text.length - deleteLength + insertText.length) return undefined;
    const deleted = last.text.slice(offset, offset + deleteLength);
    const unsafe = this.format === 'json' ? /[\r\n{}[\]"\\/*,:]/ : /[\r\n]/;
    if (unsafe.test(insertText) || unsafe.test(deleted)) return undefined;
    // Binary search for the chunk containing the edit.
    let lo = 0;
    let hi = last.placed.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (last.placed[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const idx = lo;
    const sp = last.placed[idx];
    if (!sp || offset <= sp.start || offset + deleteLength >= sp.end) return undefined;
    const lineStart = last.text.lastIndexOf('\n', offset - 1) + 1;
    if (lineStart <= sp.start) return undefined; // the chunk's first line holds its key
    let firstChar = lineStart;
    while (firstChar < offset && (last.text.charCodeAt(firstChar) === 32 || last.text.charCodeAt(firstChar) === 9)) firstChar++;
    if (offset <= firstChar) return undefined; // would change indentation or the line's first character
    const rel = offset - sp.start;
    const chunkText = sp.pc.text.slice(0, rel) + insertText + sp.pc.text.slice(rel + deleteLength);
    const pc = this.parseChunk(chunkText, sp.start);
    if (pc.entries.length !== sp.pc.entries.length || pc.other) return undefined;
    for (let i = 0; i < pc.entries.length; i++) if (pc.entries[i]!.keyNode.value !== sp.pc.entries[i]!.keyNode.value) return undefined;
    if (pc.problems.some((p) => p.code === 'yaml-alias')) return undefined;
    for (let i = 0; i < pc.entries.length; i++) {
      const e = pc.entries[i]!;
      if (!sp.container.replaceEntry(sp.pc.entries[i]!.keyNode, e.keyNode, e.value)) return undefined;
      if (last.resourceChunks.get(String(e.keyNode.value)) === sp.pc) last.resourceChunks.set(String(e.keyNode.value), pc);
    }
    // Keep the text pool (used by full parses) in step.
    const list = this.pool.get(sp.pc.text);
    if (list) {
      const at = list.indexOf(sp.pc);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.pool.delete(sp.pc.text);
    }
    const pooled = this.pool.get(chunkText);
    if (pooled) pooled.push(pc);
    else this.pool.set(chunkText, [pc]);
    const delta = insertText.length - deleteLength;
    sp.pc = pc;
    sp.end += delta;
    for (let j = idx + 1; j < last.placed.length; j++) {
      const q = last.placed[j]!;
      q.start += delta;
      q.end += delta;
      q.pc.chunk.base += delta;
    }
    if (last.header) {
      if (last.header.offset > offset) {
        last.header.chunk.base += delta;
        last.header.offset += delta;
      } else if (sp.container === last.header.map) {
        last.header.map.length += delta;
      }
    }
    last.root.length += delta;
    last.text = text;
    const problems: ParseProblem[] = [];
    for (const q of last.placed) for (const p of q.pc.problems) problems.push({ ...p, offset: p.offset + q.pc.chunk.base });
    for (const k of last.duplicates) problems.push(duplicateProblem(k));
    return { root: last.root, problems, resourceChunks: last.resourceChunks, stats: { reused: last.placed.length - 1, parsed: 1, chunked: true } };
  }

  private full(text: string): ParsedDocument {
    this.last = undefined;
    const layout = this.format === 'yaml' ? splitYaml(text) : splitJson(text);
    const next = new Map<string, ParsedChunk[]>();
    const stats = { reused: 0, parsed: 0, chunked: layout !== undefined };
    // Opening a document: one parse of the whole text, split into chunks afterwards, is several times
    // faster than parsing thousands of small chunks one by one.
    const presplit = layout && this.pool.size === 0 ? this.presplit(text, layout) : undefined;
    const take = (start: number, end: number): ParsedChunk => {
      const t = text.slice(start, end);
      const list = this.pool.get(t);
      let pc = list?.pop();
      if (pc) {
        pc.chunk.base = start;
        stats.reused++;
      } else {
        pc = presplit?.get(start) ?? this.parseChunk(t, start);
        stats.parsed++;
      }
      const out = next.get(t);
      if (out) out.push(pc);
      else next.set(t, [pc]);
      return pc;
    };

    let result: ParsedDocument | undefined;
    if (layout) {
      result = this.assemble(text, layout, take);
      if (result.problems.some((p) => p.code === 'yaml-alias')) this.last = undefined;
      // Anchors are document-wide; an alias that crosses chunks needs the whole document.
      if (result.problems.some((p) => p.code === 'yaml-alias')) result = undefined;
    }
    if (!result) {
      next.clear();
      stats.chunked = false;
      stats.reused = 0;
      stats.parsed = 0;
      const pc = take(0, text.length);
      const problems = pc.problems.map((p) => ({ ...p, offset: p.offset + pc.chunk.base }));
      let root: Node | undefined = pc.other;
      if (!root && pc.entries.length > 0) {
        const m = new MapNode(pc.chunk, 0, text.length);
        m.flow = this.format === 'json';
        for (const e of pc.entries) m.add(e.keyNode, e.value);
        root = m;
      }
      result = { root, problems, resourceChunks: new Map(), stats };
    }
    result.stats = stats;
    this.pool = next;
    return result;
  }

  /**
   * Parses the whole YAML text once and cuts the tree into the layout's chunks, rebasing every node's
   * offset onto its chunk. Only for clean documents (no problems, no anchors): otherwise per-chunk
   * parsing localises errors better and keeps aliases honest. Returns chunk start → parsed chunk.
   */
  private presplit(text: string, layout: Section[]): Map<number, ParsedChunk> | undefined {
    if (this.format !== 'yaml' || /(^|[\s[{,])&[^\s]/.test(text)) return undefined;
    const whole = parseYaml(text, { base: 0 });
    if (whole.problems.length > 0 || !isMap(whole.root)) return undefined;
    const root = whole.root;
    const spans: Span[] = [];
    for (const s of layout) {
      if (s.resources) spans.push(...s.resources.children);
      else spans.push({ start: s.start, end: s.end });
    }
    const resources = root.get('Resources');
    const candidates = [...root.entries.filter((e) => e.key !== 'Resources' || !isMap(e.value)), ...(isMap(resources) ? resources.entries : [])].sort((a, b) => a.keyNode.offset - b.keyNode.offset);
    spans.sort((a, b) => a.start - b.start);
    const out = new Map<number, ParsedChunk>();
    let used = 0;
    let next = 0;
    for (const span of spans) {
      // Spans and entries are both in text order: one sweep, not a scan per span.
      while (next < candidates.length && candidates[next]!.keyNode.offset < span.start) next++;
      const entries: typeof candidates = [];
      while (next < candidates.length && candidates[next]!.keyNode.offset < span.end) entries.push(candidates[next++]!);
      if (entries.length === 0) return undefined;
      used += entries.length;
      const chunk: Chunk = { base: span.start };
      for (const e of entries) {
        rebase(e.keyNode, chunk);
        walk(e.value, (n) => {
          rebase(n, chunk);
          if (isMap(n)) for (const x of n.entries) rebase(x.keyNode, chunk);
        });
      }
      out.set(span.start, { text: text.slice(span.start, span.end), chunk, entries: entries.map((e) => ({ keyNode: e.keyNode, value: e.value })), other: undefined, problems: [], memo: new Map() });
    }
    return used === candidates.length ? out : undefined;
  }

  private assemble(text: string, layout: Section[], take: (s: number, e: number) => ParsedChunk): ParsedDocument {
    const problems: ParseProblem[] = [];
    const resourceChunks = new Map<string, ParsedChunk>();
    const root = new MapNode({ base: 0 }, 0, text.length);
    root.flow = this.format === 'json';
    const placed: PlacedChunk[] = [];
    const duplicates: ScalarNode[] = [];
    let header: LastParse['header'];
    const addProblems = (pc: ParsedChunk): void => {
      for (const p of pc.problems) problems.push({ ...p, offset: p.offset + pc.chunk.base });
    };
    const addTo = (m: MapNode, key: ScalarNode, value: Node): void => {
      if (!m.add(key, value)) duplicates.push(key);
    };
    for (const s of layout) {
      if (!s.resources) {
        const pc = take(s.start, s.end);
        addProblems(pc);
        placed.push({ start: s.start, end: s.end, pc, container: root });
        for (const e of pc.entries) addTo(root, e.keyNode, e.value);
        continue;
      }
      const r = s.resources;
      const fixed: Chunk = { base: 0 };
      const keyNode = new ScalarNode(fixed, r.keyStart, r.keyEnd - r.keyStart, 'Resources', this.format === 'json' ? 'json' : 'plain');
      const map = new MapNode(fixed, r.valueStart, Math.max(0, trimEnd(text, s.end) - r.valueStart));
      map.flow = this.format === 'json';
      header = { chunk: fixed, offset: r.keyStart, map };
      for (const c of r.children) {
        const pc = take(c.start, c.end);
        addProblems(pc);
        placed.push({ start: c.start, end: c.end, pc, container: map });
        for (const e of pc.entries) {
          addTo(map, e.keyNode, e.value);
          resourceChunks.set(String(e.keyNode.value), pc);
        }
      }
      addTo(root, keyNode, map);
    }
    for (const k of duplicates) problems.push(duplicateProblem(k));
    // The root mapping spans its entries, as a whole-document parse reports it.
    const first = this.format === 'json' ? text.indexOf('{') : (root.entries[0]?.keyNode.offset ?? 0);
    root.rel = Math.max(0, first);
    root.length = (this.format === 'json' ? text.lastIndexOf('}') + 1 : trimEnd(text, text.length)) - root.rel;
    this.last = { text, placed, root, header, duplicates, resourceChunks };
    return { root, problems, resourceChunks, stats: { reused: 0, parsed: 0, chunked: true } };
  }

  private parseChunk(t: string, start: number): ParsedChunk {
    const chunk: Chunk = { base: start };
    if (this.format === 'yaml') {
      const { root, problems } = parseYaml(t, chunk);
      return finish(t, chunk, root, problems);
    }
    // JSON chunks are either the whole document or `"Key": value`.
    if (start === 0 && t.trimStart().startsWith('{') === true && isWholeJson(t)) {
      const { root, problems } = parseJsonValue(t, chunk, 0);
      return finish(t, chunk, root, problems);
    }
    const key = scanString(t, skipWs(t, 0));
    if (key < 0) {
      const { root, problems } = parseJsonValue(t, chunk, 0);
      return finish(t, chunk, root, problems);
    }
    const keyStart = skipWs(t, 0);
    let keyValue: string;
    try {
      keyValue = JSON.parse(t.slice(keyStart, key)) as string;
    } catch {
      keyValue = t.slice(keyStart + 1, key - 1);
    }
    const colon = skipWs(t, key);
    const valueStart = skipWs(t, colon + 1);
    const { root, problems } = parseJsonValue(t.slice(valueStart), chunk, valueStart);
    const keyNode = new ScalarNode(chunk, keyStart, key - keyStart, keyValue, 'json');
    const value = root ?? new ScalarNode(chunk, valueStart, 0, null, 'json');
    return { text: t, chunk, entries: [{ keyNode, value }], other: undefined, problems: relative(problems, chunk), memo: new Map() };
  }
}

/** Moves a node from the whole-document chunk (base 0) onto `chunk`, keeping its absolute offset. */
function rebase(n: { chunk: Chunk; rel: number }, chunk: Chunk): void {
  if (n.chunk === chunk) return;
  const abs = n.chunk.base + n.rel;
  n.chunk = chunk;
  n.rel = abs - chunk.base;
}

function duplicateProblem(key: ScalarNode): ParseProblem {
  return { code: 'duplicate-key', message: `Duplicate key '${key.value}': CloudFormation keeps only one of them`, severity: 'error', offset: key.offset, length: key.length };
}

/** Marks whole-document JSON parses (the chunk text is the entire document, not a `"key": value` pair). */
function isWholeJson(t: string): boolean {
  return t.trimStart().charAt(0) === '{';
}

function finish(t: string, chunk: Chunk, root: Node | undefined, problems: ParseProblem[]): ParsedChunk {
  const entries = isMap(root) ? root.entries.map((e) => ({ keyNode: e.keyNode, value: e.value })) : [];
  return { text: t, chunk, entries, other: isMap(root) ? undefined : root, problems: relative(problems, chunk), memo: new Map() };
}

function relative(problems: ParseProblem[], chunk: Chunk): ParseProblem[] {
  return problems.map((p) => ({ ...p, offset: p.offset - chunk.base }));
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}

// ---------------------------------------------------------------------------------------------------
// YAML layout scan

const KEY_LINE = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-[\]{}?&*!|>%@`,][^:#]*?)[ \t]*:(?:[ \t]|$)/;

/** Splits block-style YAML into top-level sections and Resources children, or undefined to parse whole. */
export function splitYaml(text: string): Section[] | undefined {
  // Line starts, as a flat array (no per-line objects: this runs on every keystroke over up to megabytes).
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineEnd = (li: number): number => (li + 1 < starts.length ? starts[li + 1]! - 1 : text.length);
  const tops: Array<{ line: number; key: string; inline: boolean; keyEnd: number }> = [];
  let sawContent = false;
  for (let li = 0; li < starts.length; li++) {
    const start = starts[li]!;
    const end = lineEnd(li);
    const c = text.charCodeAt(start);
    if (start >= end || c === 32 || c === 13) continue; // indented or blank: belongs to the current section
    if (c === 9) return undefined; // tab at column 0
    if (c === 35) continue; // comment
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.startsWith('---')) {
      if (sawContent) return undefined; // a second document
      if (line.trim() !== '---') return undefined; // content after the marker
      continue;
    }
    if (line.startsWith('...') || line.startsWith('%')) return undefined;
    const m = KEY_LINE.exec(line);
    if (!m) return undefined;
    sawContent = true;
    const rawKey = m[0].replace(/[ \t]*:(?:[ \t]|$)$/, '');
    const key = rawKey.startsWith('"') || rawKey.startsWith("'") ? rawKey.slice(1, -1) : rawKey;
    const rest = line.slice(m[0].length).replace(/(^|\s)#.*$/, '').trim();
    tops.push({ line: li, key, inline: rest.length > 0, keyEnd: start + rawKey.length });
  }
  if (tops.length === 0) return undefined;
  const sections: Section[] = [];
  for (let t = 0; t < tops.length; t++) {
    const top = tops[t]!;
    const start = t === 0 ? 0 : starts[top.line]!;
    const endLine = t + 1 < tops.length ? tops[t + 1]!.line : starts.length;
    const end = t + 1 < tops.length ? starts[endLine]! : text.length;
    if (top.key !== 'Resources' || top.inline) {
      sections.push({ start, end });
      continue;
    }
    const children = splitYamlChildren(text, starts, top.line + 1, endLine, end);
    if (!children) return undefined;
    const keyStart = starts[top.line]!;
    let valueStart = children[0]?.start ?? lineEnd(top.line);
    while (children[0] && text.charCodeAt(valueStart) === 32) valueStart++;
    sections.push({ start, end, resources: { keyStart, keyEnd: top.keyEnd, valueStart, children } });
  }
  return sections;
}

function splitYamlChildren(text: string, starts: number[], from: number, to: number, sectionEnd: number): Span[] | undefined {
  let indent = -1;
  const childLines: number[] = [];
  for (let li = from; li < to; li++) {
    const start = starts[li]!;
    const end = li + 1 < starts.length ? starts[li + 1]! - 1 : text.length;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    if (i >= end || text.charCodeAt(i) === 13) continue;
    const c = text.charCodeAt(i);
    if (c === 9) return undefined; // tab in indentation
    if (c === 35) continue;
    const ind = i - start;
    if (indent < 0) {
      if (c === 45 /* - */) return undefined;
      indent = ind;
    }
    if (ind < indent) return undefined;
    if (ind === indent) {
      if (c === 45 || c === 91 || c === 123) return undefined;
      childLines.push(li);
    }
  }
  const spans: Span[] = [];
  for (let k = 0; k < childLines.length; k++) {
    const start = starts[childLines[k]!]!;
    const end = k + 1 < childLines.length ? starts[childLines[k + 1]!]! : sectionEnd;
    spans.push({ start, end });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------------
// JSON layout scan

function skipWs(t: string, i: number): number {
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
    else break;
  }
  return i;
}

/** Returns the offset just after the JSON string starting at `i`, or -1. */
function scanString(t: string, i: number): number {
  if (t.charCodeAt(i) !== 34) return -1;
  for (let j = i + 1; j < t.length; j++) {
    const c = t.charCodeAt(j);
    if (c === 92) j++;
    else if (c === 34) return j + 1;
    else if (c === 10) return -1;
  }
  return -1;
}

/** Returns the offset just after the JSON value at `i` (brackets balanced, strings and comments skipped), or -1. */
function scanValue(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c === 34) return scanString(t, i);
  if (c !== 123 && c !== 91) {
    let j = i;
    while (j < t.length && !/[\s,}\]]/.test(t.charAt(j))) j++;
    return j > i ? j : -1;
  }
  let depth = 0;
  for (let j = i; j < t.length; j++) {
    const d = t.charCodeAt(j);
    if (d === 34) {
      const e = scanString(t, j);
      if (e < 0) return -1;
      j = e - 1;
    } else if (d === 47 && t.charCodeAt(j + 1) === 47) {
      const nl = t.indexOf('\n', j);
      j = nl < 0 ? t.length : nl;
    } else if (d === 47 && t.charCodeAt(j + 1) === 42) {
      const close = t.indexOf('*/', j + 2);
      if (close < 0) return -1;
      j = close + 1;
    } else if (d === 123 || d === 91) depth++;
    else if (d === 125 || d === 93) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

/** Scans the members of the object starting at `i` ('{'). Returns member spans and the offset after '}'. */
function scanMembers(t: string, i: number): { members: Array<{ keyStart: number; keyEnd: number; valueStart: number; valueEnd: number }>; end: number } | undefined {
  if (t.charCodeAt(i) !== 123) return undefined;
  const members: Array<{ keyStart: number; keyEnd: number; valueStart: number; valueEnd: number }> = [];
  let j = skipWs(t, i + 1);
  if (t.charCodeAt(j) === 125) return { members, end: j + 1 };
  for (;;) {
    const keyStart = j;
    const keyEnd = scanString(t, j);
    if (keyEnd < 0) return undefined;
    j = skipWs(t, keyEnd);
    if (t.charCodeAt(j) !== 58) return undefined;
    const valueStart = skipWs(t, j + 1);
    const valueEnd = scanValue(t, valueStart);
    if (valueEnd < 0) return undefined;
    members.push({ keyStart, keyEnd, valueStart, valueEnd });
    j = skipWs(t, valueEnd);
    const c = t.charCodeAt(j);
    if (c === 125) return { members, end: j + 1 };
    if (c !== 44) return undefined;
    j = skipWs(t, j + 1);
    if (t.charCodeAt(j) !== 34) return undefined; // trailing comma or comment: let the full parser report it
  }
}

/** Splits a JSON object document into top-level members and Resources children, or undefined. */
export function splitJson(text: string): Section[] | undefined {
  const open = skipWs(text, 0);
  const top = scanMembers(text, open);
  if (!top || skipWs(text, top.end) !== text.length || top.members.length === 0) return undefined;
  const sections: Section[] = [];
  for (let k = 0; k < top.members.length; k++) {
    const m = top.members[k]!;
    // Each top-level chunk spans its key to its value; the first also takes the leading '{'.
    const start = m.keyStart;
    const end = m.valueEnd;
    if (text.slice(m.keyStart, m.keyEnd) === '"Resources"' && text.charCodeAt(m.valueStart) === 123) {
      const inner = scanMembers(text, m.valueStart);
      if (!inner) return undefined;
      sections.push({
        start,
        end,
        resources: {
          keyStart: m.keyStart,
          keyEnd: m.keyEnd,
          valueStart: m.valueStart,
          children: inner.members.map((c) => ({ start: c.keyStart, end: c.valueEnd })),
        },
      });
      continue;
    }
    sections.push({ start, end });
  }
  return sections;
}
