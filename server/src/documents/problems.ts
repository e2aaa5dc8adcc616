/** Problems found while reading a document (syntax errors, limits), before any rule runs. */

export type ProblemCode =
  | 'yaml-syntax'
  | 'yaml-unknown-tag'
  | 'yaml-alias'
  | 'json-syntax'
  | 'json-comment'
  | 'json-trailing-comma'
  | 'duplicate-key'
  | 'too-deep'
  | 'too-large'
  | 'binary'
  | 'invalid-template'
  | 'invalid-suppression'
  | 'internal-error';

export interface ParseProblem {
  code: ProblemCode;
  message: string;
  severity: 'error' | 'warning';
  /** Absolute offset in the document text. */
  offset: number;
  length: number;
}

/** Limits that keep hostile or accidental input from hurting the editor. */
export const LIMITS = {
  /** Files larger than this are not analysed (a diagnostic says so). */
  maxBytes: 20 * 1024 * 1024,
  /** Maximum nesting depth of the converted tree. */
  maxDepth: 400,
  /** Maximum number of nodes that alias expansion may add to one document. */
  maxAliasNodes: 50_000,
} as const;
