/**
 * Custom protocol messages between the Shieldwall client and server (beyond standard LSP).
 */

/** client → server request: the rule documentation as Markdown. Params: {rule: id or name}. */
export const RULE_DOC_REQUEST = 'shieldwall/ruleDocumentation';
export interface RuleDocParams {
  rule: string;
}
export interface RuleDocResult {
  id: string;
  name: string;
  markdown: string;
}

/** client → server request: the rule catalogue (id, name, category, severity, description). */
export const RULES_REQUEST = 'shieldwall/rules';

/** client → server request: analyse files that are not open (workspace scan). */
export const ANALYZE_FILES_REQUEST = 'shieldwall/analyzeFiles';
export interface AnalyzeFilesParams {
  /** file:// URIs to analyse; their text is read by the server. */
  uris: string[];
}
export interface AnalyzeFilesResult {
  analyzed: number;
  findings: number;
}

/** server → client notification: counts per document after each analysis (status bar, tree view). */
export const FINDINGS_NOTIFICATION = 'shieldwall/findings';
export interface FindingsNotification {
  uri: string;
  version: number;
  counts: Record<string, number>;
  findings: Array<{ ruleId: string; ruleName: string; severity: string; category: string; message: string; resource?: string; line: number; character: number; endLine: number; endCharacter: number }>;
}
