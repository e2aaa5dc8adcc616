/**
 * A small scanner for CDK app sources: finds class declarations and construct calls
 * (`new X(scope, 'Id', ...)` in TypeScript/JavaScript, `X(self, "Id", ...)` in Python) with their offsets.
 *
 * Why not the TypeScript compiler API: it would add ~9 MB (typescript.js) to the bundled server for a
 * question a tokenizer answers, and Python needs a scanner anyway. The tokenizers below understand
 * comments, strings, template literals (with nested substitutions), regular-expression literals
 * (by the usual previous-token heuristic) and, for Python, prefixed and triple-quoted strings and
 * indentation-delimited class bodies. Only calls whose id argument is a plain string literal are kept:
 * a computed id cannot be matched to a construct path without running the code.
 *
 * Offsets are UTF-16 code unit indices into the text (JavaScript string indices).
 */

/** Languages the scanner understands. */
export type SourceLanguage = 'typescript' | 'javascript' | 'python';

/** A class declaration. */
export interface ScannedClass {
  readonly name: string;
  /** The extended class as written, e.g. `cdk.Stack`, `Stack`; undefined when none. */
  readonly extends: string | undefined;
  /** Offset of the `class` keyword. */
  readonly start: number;
  /** Offset just after the class body. */
  readonly end: number;
}

/** A construct call: `new X(scope, 'Id', ...)` / `X(self, "Id", ...)`. */
export interface ScannedCall {
  /** The callee as written, e.g. `s3.Bucket`. */
  readonly callee: string;
  /** Last identifier of the callee, e.g. `Bucket`. */
  readonly calleeName: string;
  /** The scope argument as written without spaces, e.g. `this`, `self`, `app`, `this.group`. */
  readonly scope: string;
  /** The construct id (value of the string literal). */
  readonly id: string;
  /** Offset of `new` (TS/JS) or of the callee (Python). */
  readonly start: number;
  /** Offset just after the closing parenthesis. */
  readonly end: number;
  /** Offsets of the id literal, quotes included. */
  readonly idStart: number;
  readonly idEnd: number;
  /** Variable the result is assigned to: `bucket`, `this.bucket`, `self.bucket`; undefined when none. */
  readonly assignedTo: string | undefined;
}

/** What {@link scanSource} found in one file. */
export interface ScannedSource {
  readonly language: SourceLanguage;
  readonly classes: readonly ScannedClass[];
  readonly calls: readonly ScannedCall[];
  /** Module specifiers imported or required, as written (`./demo-stack`, `stacks.demo_stack`, `.audited_bucket`). */
  readonly imports: readonly string[];
}

type TokenKind = 'ident' | 'string' | 'template' | 'number' | 'punct' | 'regex';

interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** Decoded value for string literals and substitution-free template literals. */
  readonly value: string | undefined;
  readonly start: number;
  readonly end: number;
  /** Python only: indentation of the logical line the token belongs to. */
  readonly indent: number;
  /** Python only: true for the first token of a logical line. */
  readonly lineStart: boolean;
}

/** The language of a file from its name, or undefined for files the scanner does not read. */
export function languageOf(fileName: string): SourceLanguage | undefined {
  if (/\.d\.[cm]?ts$/.test(fileName)) return undefined;
  if (/\.(ts|tsx|mts|cts)$/.test(fileName)) return 'typescript';
  if (/\.(js|jsx|mjs|cjs)$/.test(fileName)) return 'javascript';
  if (/\.py$/.test(fileName)) return 'python';
  return undefined;
}

/** Scans one source file. Never throws; unbalanced input just yields fewer results. */
export function scanSource(text: string, language: SourceLanguage): ScannedSource {
  return language === 'python' ? scanPython(text) : scanJs(text, language);
}

// ---------------------------------------------------------------------------------------------------
// TypeScript / JavaScript

const REGEX_AFTER_KEYWORDS = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else',
  'yield', 'await',
]);
const PUNCT3 = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??='];
const PUNCT2 = ['=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '**'];

function isIdentStart(c: string): boolean {
  const code = c.charCodeAt(0);
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36 || code >= 0xc0
  );
}
function isIdentPart(c: string): boolean {
  const code = c.charCodeAt(0);
  return isIdentStart(c) || (code >= 48 && code <= 57);
}

function decodeEscapes(raw: string): string {
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_m, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.startsWith('u') && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e.startsWith('x') && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
    if (e === '\n' || e === '\r\n' || e === '\r') return '';
    return simple[e] ?? e;
  });
}

function tokenizeJs(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let braceDepth = 0;
  // Brace depths at which a template literal's `${` substitution was opened.
  const templateStack: number[] = [];

  const push = (kind: TokenKind, start: number, end: number, value?: string): void => {
    tokens.push({ kind, text: text.slice(start, end), value, start, end, indent: 0, lineStart: false });
  };
  const regexAllowed = (): boolean => {
    const prev = tokens[tokens.length - 1];
    if (prev === undefined) return true;
    if (prev.kind === 'ident') return REGEX_AFTER_KEYWORDS.has(prev.text);
    if (prev.kind === 'punct') return prev.text !== ')' && prev.text !== ']';
    return false;
  };
  /** Scans template characters from `from` (just after '`' or '}'); pushes one token; returns next index. */
  const scanTemplateChunk = (start: number, from: number): number => {
    let j = from;
    while (j < n) {
      const c = text[j];
      if (c === '\\') {
        j += 2;
        continue;
      }
      if (c === '`') {
        const whole = text[start] === '`';
        push('template', start, j + 1, whole ? decodeEscapes(text.slice(start + 1, j)) : undefined);
        return j + 1;
      }
      if (c === '$' && text[j + 1] === '{') {
        push('template', start, j + 2, undefined);
        templateStack.push(braceDepth);
        braceDepth++;
        return j + 2;
      }
      j++;
    }
    push('template', start, n, undefined);
    return n;
  };

  while (i < n) {
    const c = text[i] ?? '';
    const next = text[i + 1] ?? '';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      continue;
    }
    if (c === '#' && next === '!' && i === 0) {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      const end = Math.min(j + 1, n);
      push('string', i, end, decodeEscapes(text.slice(i + 1, j)));
      i = end;
      continue;
    }
    if (c === '`') {
      i = scanTemplateChunk(i, i + 1);
      continue;
    }
    if (c === '}' && templateStack.length > 0 && templateStack[templateStack.length - 1] === braceDepth - 1) {
      templateStack.pop();
      braceDepth--;
      i = scanTemplateChunk(i, i + 1);
      continue;
    }
    if (isIdentStart(c) || (c === '\\' && next === 'u')) {
      let j = i + 1;
      while (j < n && isIdentPart(text[j] ?? '')) j++;
      push('ident', i, j);
      i = j;
      continue;
    }
    if (c === '#' && isIdentStart(next)) {
      // Private name (#field).
      let j = i + 1;
      while (j < n && isIdentPart(text[j] ?? '')) j++;
      push('ident', i, j);
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next))) {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(text[j] ?? '')) {
        // Exponent sign: 1e-5
        if ((text[j] === 'e' || text[j] === 'E') && (text[j + 1] === '-' || text[j + 1] === '+')) j++;
        j++;
      }
      push('number', i, j);
      i = j;
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== '\n') {
        const d = text[j];
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < n && isIdentPart(text[j] ?? '')) j++;
      push('regex', i, Math.min(j, n));
      i = Math.min(j, n);
      continue;
    }
    const three = text.slice(i, i + 4);
    const op =
      PUNCT3.find((p) => three.startsWith(p)) ?? PUNCT2.find((p) => three.startsWith(p)) ?? c;
    if (op === '{') braceDepth++;
    else if (op === '}') braceDepth = Math.max(0, braceDepth - 1);
    push('punct', i, i + op.length);
    i += op.length;
  }
  return tokens;
}

/** Index of the token closing the bracket opened at `open` (same kind), or tokens.length. */
function matchBracket(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'punct') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      depth--;
      if (depth === 0) return k;
    }
  }
  return tokens.length;
}

/** Splits the arguments between `open` (the '(') and its match into token index ranges. */
function splitArguments(tokens: readonly Token[], open: number, close: number): Array<[number, number]> {
  const args: Array<[number, number]> = [];
  let depth = 0;
  let argStart = open + 1;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'punct') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth--;
    else if (t.text === ',' && depth === 0) {
      args.push([argStart, k]);
      argStart = k + 1;
    }
  }
  if (argStart < close) args.push([argStart, close]);
  return args;
}

function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k++) s += tokens[k]?.text ?? '';
  return s;
}

/** A string literal (or substitution-free template) alone in [from, to); its token, else undefined. */
function literalArgument(tokens: readonly Token[], from: number, to: number): Token | undefined {
  if (to - from !== 1) return undefined;
  const t = tokens[from];
  return t !== undefined && (t.kind === 'string' || t.kind === 'template') && t.value !== undefined ? t : undefined;
}

/**
 * The assignment target of an expression starting at token `k`: `x = `, `const x: T = `, `this.x = `,
 * `self.x = `. Undefined when the expression is not directly assigned.
 */
function assignmentTarget(tokens: readonly Token[], k: number): string | undefined {
  if (tokens[k - 1]?.text !== '=') return undefined;
  // Walk back over a type annotation (`: s3.Bucket`, `: Foo<Bar>`) to the name.
  let j = k - 2;
  let guard = 0;
  while (j >= 0 && guard++ < 32) {
    const t = tokens[j];
    if (t === undefined) return undefined;
    if (t.kind === 'ident' && t.lineStart) return t.text;
    const before = tokens[j - 1];
    if (t.kind === 'ident' && before?.text === ':') {
      j -= 2;
      continue;
    }
    if (t.kind === 'ident' && before?.text === '.' && tokens[j - 2]?.kind === 'ident') {
      const owner = tokens[j - 2]?.text;
      if (owner === 'this' || owner === 'self') return `${owner}.${t.text}`;
      // A dotted type annotation (s3.Bucket): keep walking back.
      j -= 2;
      continue;
    }
    if (t.kind === 'ident') return t.text;
    if (t.text === '>' || t.text === '<' || t.text === ',' || t.text === '[' || t.text === ']') {
      j--;
      continue;
    }
    return undefined;
  }
  return undefined;
}

function scanJs(text: string, language: SourceLanguage): ScannedSource {
  const tokens = tokenizeJs(text);
  const classes: ScannedClass[] = [];
  const calls: ScannedCall[] = [];
  const imports: string[] = [];

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'ident') continue;
    const prev = tokens[k - 1];
    if (prev?.text === '.' || prev?.text === '?.') continue;

    if (t.text === 'class' && tokens[k + 1]?.kind === 'ident' && prev?.text !== ':') {
      const name = tokens[k + 1]?.text ?? '';
      let extendsName: string | undefined;
      let j = k + 2;
      let parens = 0;
      while (j < tokens.length) {
        const u = tokens[j];
        if (u === undefined) break;
        if (u.text === '(') parens++;
        else if (u.text === ')') parens--;
        else if (u.text === '{' && parens === 0) break;
        if (u.text === 'extends' && extendsName === undefined) {
          let e = j + 1;
          let written = '';
          while (tokens[e]?.kind === 'ident' || tokens[e]?.text === '.') written += tokens[e++]?.text ?? '';
          extendsName = written.length > 0 ? written : undefined;
        }
        j++;
      }
      const close = matchBracket(tokens, j);
      const endToken = tokens[close];
      classes.push({ name, extends: extendsName, start: t.start, end: endToken?.end ?? text.length });
      continue;
    }

    if (t.text === 'new') {
      let j = k + 1;
      let callee = '';
      while (tokens[j]?.kind === 'ident' && (callee === '' || tokens[j - 1]?.text === '.')) {
        callee += tokens[j]?.text ?? '';
        if (tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'ident') {
          callee += '.';
          j += 2;
        } else {
          j++;
        }
      }
      if (callee === '') continue;
      if (tokens[j]?.text === '<') {
        // Type arguments: skip to the matching '>'.
        let depth = 0;
        for (; j < tokens.length; j++) {
          const u = tokens[j]?.text;
          if (u === '<') depth++;
          else if (u === '>') depth--;
          else if (u === '>>') depth -= 2;
          if (depth <= 0) {
            j++;
            break;
          }
        }
      }
      if (tokens[j]?.text !== '(') continue;
      const close = matchBracket(tokens, j);
      const args = splitArguments(tokens, j, close);
      const scopeArg = args[0];
      const idArg = args[1];
      if (scopeArg === undefined || idArg === undefined) continue;
      const idToken = literalArgument(tokens, idArg[0], idArg[1]);
      if (idToken?.value === undefined) continue;
      calls.push({
        callee,
        calleeName: callee.split('.').pop() ?? callee,
        scope: joinTokens(tokens, scopeArg[0], scopeArg[1]),
        id: idToken.value,
        start: t.start,
        end: tokens[close]?.end ?? text.length,
        idStart: idToken.start,
        idEnd: idToken.end,
        assignedTo: assignmentTarget(tokens, k),
      });
      continue;
    }

    if (t.text === 'from' || t.text === 'import') {
      const spec = tokens[k + 1];
      if (spec?.kind === 'string' && spec.value !== undefined) imports.push(spec.value);
      else if (t.text === 'import' && spec?.text === '(' && tokens[k + 2]?.kind === 'string') {
        const v = tokens[k + 2]?.value;
        if (v !== undefined) imports.push(v);
      }
      continue;
    }
    if (t.text === 'require' && tokens[k + 1]?.text === '(' && tokens[k + 2]?.kind === 'string') {
      const v = tokens[k + 2]?.value;
      if (v !== undefined) imports.push(v);
    }
  }
  return { language, classes, calls, imports };
}

// ---------------------------------------------------------------------------------------------------
// Python

function tokenizePython(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let depth = 0;
  let atLineStart = true;
  let indent = 0;
  let lineStartPending = true;

  const push = (kind: TokenKind, start: number, end: number, value?: string): void => {
    tokens.push({ kind, text: text.slice(start, end), value, start, end, indent, lineStart: lineStartPending });
    lineStartPending = false;
  };

  while (i < n) {
    if (atLineStart && depth === 0) {
      // Measure the indentation of a new logical line; blank and comment-only lines do not count.
      let j = i;
      let width = 0;
      while (j < n && (text[j] === ' ' || text[j] === '\t')) {
        width += text[j] === '\t' ? 8 - (width % 8) : 1;
        j++;
      }
      const c = text[j];
      if (c === '\n' || c === '\r' || c === '#' || j >= n) {
        while (j < n && text[j] !== '\n') j++;
        i = j + 1;
        continue;
      }
      indent = width;
      lineStartPending = true;
      atLineStart = false;
      i = j;
      continue;
    }
    const c = text[i] ?? '';
    if (c === '\n') {
      if (depth === 0) atLineStart = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      // Explicit line joining.
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const prefix = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?(?='|")/.exec(text.slice(i, i + 4));
    if (prefix !== null) {
      const p = prefix[0].toLowerCase();
      const q = i + prefix[0].length;
      const quote = text[q] ?? '"';
      const triple = text.startsWith(quote.repeat(3), q);
      const delim = triple ? quote.repeat(3) : quote;
      let j = q + delim.length;
      while (j < n && !text.startsWith(delim, j)) {
        if (text[j] === '\\' && !p.includes('r')) j += 2;
        else if (text[j] === '\\') j += 2;
        else if (!triple && text[j] === '\n') break;
        else j++;
      }
      const end = Math.min(j + delim.length, n);
      const raw = text.slice(q + delim.length, Math.min(j, n));
      const isF = p.includes('f');
      const value = isF && /\{(?!\{)/.test(raw) ? undefined : p.includes('r') ? raw : decodeEscapes(raw);
      push('string', i, end, value);
      i = end;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text[j] ?? '')) j++;
      push('ident', i, j);
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(text[j] ?? '')) j++;
      push('number', i, j);
      i = j;
      continue;
    }
    const two = text.slice(i, i + 3);
    const op = ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '==', '!=', '<=', '>=', '**', '//', '<<', '>>',
      '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='].find((p) => two.startsWith(p)) ?? c;
    if (op === '(' || op === '[' || op === '{') depth++;
    else if (op === ')' || op === ']' || op === '}') depth = Math.max(0, depth - 1);
    push('punct', i, i + op.length);
    i += op.length;
  }
  return tokens;
}

const PY_KEYWORDS = new Set(['def', 'class', 'if', 'elif', 'while', 'for', 'return', 'lambda', 'print', 'assert',
  'with', 'not', 'and', 'or', 'in', 'is', 'yield', 'await', 'del', 'raise', 'except']);
const PY_ID_KEYWORDS = new Set(['id', 'construct_id']);

function scanPython(text: string): ScannedSource {
  const tokens = tokenizePython(text);
  const classes: ScannedClass[] = [];
  const calls: ScannedCall[] = [];
  const imports: string[] = [];

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'ident') continue;

    if (t.lineStart && t.text === 'class' && tokens[k + 1]?.kind === 'ident') {
      const name = tokens[k + 1]?.text ?? '';
      let extendsName: string | undefined;
      if (tokens[k + 2]?.text === '(') {
        let e = k + 3;
        let written = '';
        while (tokens[e]?.kind === 'ident' || tokens[e]?.text === '.') written += tokens[e++]?.text ?? '';
        extendsName = written.length > 0 ? written : undefined;
      }
      // The body runs until the next logical line indented no deeper than the class line.
      let end = text.length;
      for (let j = k + 2; j < tokens.length; j++) {
        const u = tokens[j];
        if (u?.lineStart === true && u.indent <= t.indent) {
          end = tokens[j - 1]?.end ?? u.start;
          break;
        }
      }
      classes.push({ name, extends: extendsName, start: t.start, end });
      continue;
    }

    if (t.lineStart && (t.text === 'from' || t.text === 'import')) {
      let spec = '';
      let j = k + 1;
      // `from a.b import c`, `import a.b as c`: the dotted name, up to the keyword, on this logical line.
      while (
        (tokens[j]?.kind === 'ident' || tokens[j]?.text === '.' || tokens[j]?.text === '...') &&
        tokens[j]?.lineStart !== true &&
        tokens[j]?.text !== 'import' &&
        tokens[j]?.text !== 'as'
      ) {
        spec += tokens[j++]?.text ?? '';
      }
      if (spec.length > 0) imports.push(spec);
      continue;
    }

    // A call: callee chain not preceded by '.', followed by '('.
    const prev = tokens[k - 1];
    if (prev?.text === '.' || PY_KEYWORDS.has(t.text) || prev?.text === 'def' || prev?.text === 'class') continue;
    let j = k;
    let callee = t.text;
    while (tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'ident') {
      callee += `.${tokens[j + 2]?.text ?? ''}`;
      j += 2;
    }
    if (tokens[j + 1]?.text !== '(') continue;
    const open = j + 1;
    const close = matchBracket(tokens, open);
    const args = splitArguments(tokens, open, close);
    const scopeArg = args[0];
    const idArg = args[1];
    if (scopeArg === undefined || idArg === undefined) continue;
    // Keyword forms: X(scope=self, id="Id") / X(self, construct_id="Id").
    let [s0, s1] = scopeArg;
    if (tokens[s0 + 1]?.text === '=' && tokens[s0]?.text === 'scope') s0 += 2;
    let [i0, i1] = idArg;
    if (tokens[i0 + 1]?.text === '=' && PY_ID_KEYWORDS.has(tokens[i0]?.text ?? '')) i0 += 2;
    else if (tokens[i0 + 1]?.text === '=') continue;
    const idToken = literalArgument(tokens, i0, i1);
    if (idToken?.value === undefined) continue;
    calls.push({
      callee,
      calleeName: callee.split('.').pop() ?? callee,
      scope: joinTokens(tokens, s0, s1),
      id: idToken.value,
      start: t.start,
      end: tokens[close]?.end ?? text.length,
      idStart: idToken.start,
      idEnd: idToken.end,
      assignedTo: assignmentTarget(tokens, k),
    });
  }
  return { language: 'python', classes, calls, imports };
}

// ---------------------------------------------------------------------------------------------------
// Expressions at a position (for stack-trace locations)

/**
 * The extent of the call expression that starts at `offset` (where a stack frame points): `new X(...)`,
 * or a call such as `bucket.grantReadWrite(fn)` (V8 points at the method name). Returns [start, end)
 * offsets, or undefined when no call starts there.
 */
export function callExtentAt(text: string, language: SourceLanguage, offset: number): [number, number] | undefined {
  const tokens = language === 'python' ? tokenizePython(text) : tokenizeJs(text);
  const k = tokens.findIndex((t) => t.start <= offset && offset < t.end);
  if (k < 0) return undefined;
  let first = k;
  // Walk back over a receiver chain `a.b.` so the range covers `a.b.method(...)`.
  while (tokens[first - 1]?.text === '.' && tokens[first - 2]?.kind === 'ident') first -= 2;
  let j = tokens[k]?.text === 'new' ? k + 1 : k;
  while (tokens[j]?.kind === 'ident' && tokens[j + 1]?.text === '.' && tokens[j + 2]?.kind === 'ident') j += 2;
  if (tokens[j]?.kind !== 'ident') return undefined;
  j++;
  if (tokens[j]?.text === '<') {
    let depth = 0;
    for (; j < tokens.length; j++) {
      const u = tokens[j]?.text;
      if (u === '<') depth++;
      else if (u === '>') depth--;
      if (depth <= 0) {
        j++;
        break;
      }
    }
  }
  if (tokens[j]?.text !== '(') return undefined;
  const close = tokens[matchBracket(tokens, j)];
  const start = tokens[first]?.start;
  return start === undefined || close === undefined ? undefined : [start, close.end];
}
