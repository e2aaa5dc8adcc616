/**
 * JSON (with comments and trailing commas tolerated) → source-positioned tree, via jsonc-parser.
 * Comments and trailing commas are reported: CloudFormation itself rejects them.
 */
import { type Node as JNode, parseTree, ParseErrorCode, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { type Chunk, MapNode, type Node, ScalarNode, SeqNode } from '../model/nodes';
import { LIMITS, type ParseProblem } from './problems';

export interface JsonParse {
  root: Node | undefined;
  problems: ParseProblem[];
}

/**
 * Parses `text.slice(start, end)` as one JSON value. Node offsets are relative to `chunk.base`, with the
 * slice starting at `chunk.base + (start - chunkStart)`: callers pass `relStart`, the slice's offset
 * relative to the chunk. Problem offsets are absolute.
 */
export function parseJsonValue(text: string, chunk: Chunk, relStart = 0): JsonParse {
  const problems: ParseProblem[] = [];
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  reportErrors(text, errors, chunk.base + relStart, problems);
  if (!tree) return { root: undefined, problems };
  const conv = new JsonConverter(text, chunk, relStart, problems);
  return { root: conv.convert(tree, 0), problems };
}

function reportErrors(text: string, errors: ParseError[], base: number, problems: ParseProblem[]): void {
  let lastTrailing = -1;
  for (const e of errors) {
    if (e.error === ParseErrorCode.InvalidCommentToken) {
      problems.push({
        code: 'json-comment',
        message: 'Comments are not allowed in JSON; CloudFormation will reject this template',
        severity: 'warning',
        offset: base + e.offset,
        length: e.length,
      });
      continue;
    }
    if ((e.error === ParseErrorCode.ValueExpected || e.error === ParseErrorCode.PropertyNameExpected) && isTrailingComma(text, e.offset)) {
      // jsonc-parser reports one trailing comma as up to two errors at the same closing bracket.
      if (e.offset === lastTrailing) continue;
      lastTrailing = e.offset;
      const comma = previousSignificant(text, e.offset);
      problems.push({
        code: 'json-trailing-comma',
        message: 'Trailing comma; CloudFormation will reject this template',
        severity: 'warning',
        offset: base + comma,
        length: 1,
      });
      continue;
    }
    problems.push({
      code: 'json-syntax',
      message: describe(e.error),
      severity: 'error',
      offset: base + e.offset,
      length: e.length,
    });
  }
}

function describe(code: ParseErrorCode): string {
  const words = printParseErrorCode(code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `JSON syntax error: ${words}`;
}

function isTrailingComma(text: string, at: number): boolean {
  const c = text.charAt(at);
  if (c !== '}' && c !== ']') return false;
  const p = previousSignificant(text, at);
  return p >= 0 && text.charAt(p) === ',';
}

/** Offset of the previous character that is not white space or inside a comment. */
function previousSignificant(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i--;
      continue;
    }
    // Skip a `// …` comment ending on this line, or a `/* … */` block.
    if (c === 47 && text.charCodeAt(i - 1) === 42) {
      const open = text.lastIndexOf('/*', i - 2);
      if (open >= 0) {
        i = open - 1;
        continue;
      }
    }
    const lineStart = text.lastIndexOf('\n', i) + 1;
    const slashes = text.indexOf('//', lineStart);
    if (slashes >= 0 && slashes <= i && !inString(text, lineStart, slashes)) {
      i = slashes - 1;
      continue;
    }
    return i;
  }
  return -1;
}

function inString(text: string, from: number, to: number): boolean {
  let inside = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 && inside) i++;
    else if (c === 34) inside = !inside;
  }
  return inside;
}

class JsonConverter {
  private reportedDepth = false;
  constructor(
    private readonly text: string,
    private readonly chunk: Chunk,
    private readonly relStart: number,
    private readonly problems: ParseProblem[],
  ) {}

  convert(n: JNode, depth: number): Node {
    const rel = this.relStart + n.offset;
    if (depth > LIMITS.maxDepth) {
      if (!this.reportedDepth) {
        this.reportedDepth = true;
        this.problems.push({ code: 'too-deep', message: `Nesting deeper than ${LIMITS.maxDepth} levels is not analysed`, severity: 'warning', offset: this.chunk.base + rel, length: 0 });
      }
      return new ScalarNode(this.chunk, rel, n.length, null, 'json');
    }
    switch (n.type) {
      case 'object': {
        const m = new MapNode(this.chunk, rel, n.length);
        m.flow = true;
        for (const p of n.children ?? []) {
          const k = p.children?.[0];
          if (!k) continue;
          const keyNode = new ScalarNode(this.chunk, this.relStart + k.offset, k.length, String(k.value), 'json');
          const v = p.children?.[1];
          const value = v ? this.convert(v, depth + 1) : new ScalarNode(this.chunk, keyNode.rel + keyNode.length, 0, null, 'json');
          if (!m.add(keyNode, value)) {
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
      case 'array': {
        const s = new SeqNode(this.chunk, rel, n.length);
        s.flow = true;
        for (const c of n.children ?? []) s.push(this.convert(c, depth + 1));
        return s;
      }
      case 'string': {
        const sn = new ScalarNode(this.chunk, rel, n.length, n.value as string, 'json');
        if (this.text.slice(n.offset + 1, n.offset + n.length - 1) === n.value) sn.verbatim = 1;
        return sn;
      }
      case 'number':
      case 'boolean':
        return new ScalarNode(this.chunk, rel, n.length, n.value as string | number | boolean, 'json');
      default:
        return new ScalarNode(this.chunk, rel, n.length, null, 'json');
    }
  }
}
