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
  /** Files that are templates or policies (the others are read and left alone). */
  templates?: number;
  /** Set when the scan stopped early (cancelled): `analyzed` counts what was done. */
  cancelled?: boolean;
}

/**
 * client → server notification: stop the workspace scan in progress (the same as cancelling the
 * analyzeFiles request; for clients that cannot send $/cancelRequest for it).
 */
export const CANCEL_SCAN_NOTIFICATION = 'shieldwall/cancelScan';

/** client → server request: every finding the server holds (open documents and scanned files) as a report. */
export const EXPORT_FINDINGS_REQUEST = 'shieldwall/exportFindings';
export type ExportFormat = 'sarif' | 'json' | 'markdown';
export interface ExportFindingsParams {
  format: ExportFormat;
  /** file:// URIs of the workspace folders: paths in the report are relative to the one containing the file. */
  roots?: string[];
}
export interface ExportFindingsResult {
  /** The report text (SARIF and JSON pretty-printed). */
  content: string;
  files: number;
  findings: number;
}

/**
 * Initialization options the VS Code client sends (`initialize.initializationOptions`). Other clients may
 * omit them: a missing `trusted` means trusted (a CLI-style LSP client has no notion of workspace trust).
 */
export interface ShieldwallInitializationOptions {
  /**
   * False in an untrusted VS Code workspace (limited mode): templates and policies are still analysed,
   * but the server reads nothing else from the workspace: no CDK app (cdk.json, app sources), no
   * project configuration files; the account scan is never started from the editor.
   */
  trusted?: boolean;
}
