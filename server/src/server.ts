/**
 * The Shieldwall language server: wiring only. Runs in VS Code (IPC) and in any LSP client
 * (`shieldwall-lsp --stdio`).
 */
import { CodeActionKind, createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { builtInRules, ruleMarkdown } from './engine/registry';
import { parseSettings } from './engine/settings';
import { CDK_COMMANDS, CdkFindings } from './handlers/cdk';
import { codeActions } from './handlers/code-actions';
import { DiagnosticsScheduler } from './handlers/diagnostics';
import { hover } from './handlers/hover';
import {
  ANALYZE_FILES_REQUEST,
  type AnalyzeFilesParams,
  CANCEL_SCAN_NOTIFICATION,
  EXPORT_FINDINGS_REQUEST,
  type ExportFindingsParams,
  RULE_DOC_REQUEST,
  RULES_REQUEST,
  type RuleDocParams,
  type RuleDocResult,
  type ShieldwallInitializationOptions,
} from './handlers/protocol';
import { safe } from './handlers/safe';
import { ServerState } from './handlers/state';
import { WorkspaceScan } from './handlers/workspace-scan';
import { FIX_ALL_KIND } from './lsp/convert';
import { loadActionCatalog } from './model/iam/action-catalog';

const connection = createConnection(ProposedFeatures.all);
const state = new ServerState(connection, builtInRules());
const scheduler = new DiagnosticsScheduler(state);
const cdk = new CdkFindings(state);
scheduler.decorate = cdk.templateDecorator;
/**
 * Workspace trust (initializationOptions.trusted, false in an untrusted VS Code workspace): templates and
 * policies are still analysed, but nothing else is read from the workspace: the CDK handler (cdk.json,
 * the app's sources) stays off. A missing option means trusted (LSP clients without workspace trust).
 */
let trusted = true;
// CDK templates are published by the CDK handler when it runs; the scan leaves them to it
const scan = new WorkspaceScan(state, (file) => trusted && /[\\/]cdk\.out[\\/]/.test(file));

connection.onInitialize((params) => {
  state.pullConfiguration = params.capabilities.workspace?.configuration === true;
  try {
    loadActionCatalog();
  } catch (e) {
    connection.console.error(`IAM action catalogue not loaded: ${(e as Error).message}`);
  }
  trusted = (params.initializationOptions as ShieldwallInitializationOptions | undefined)?.trusted !== false;
  if (trusted) cdk.initialize(params);
  else connection.console.info('Untrusted workspace: limited mode (templates and policies only; CDK app sources are not read)');
  return {
    capabilities: {
      executeCommandProvider: { commands: [...CDK_COMMANDS] },
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    },
    serverInfo: { name: 'shieldwall', version: '0.1.0' },
  };
});

connection.onDidChangeConfiguration((change) => {
  const raw = (change.settings as { shieldwall?: unknown } | undefined)?.shieldwall;
  if (raw !== undefined) state.pushed = parseSettings(raw).settings;
  state.clearSettings();
  for (const doc of state.documents.all()) scheduler.schedule(doc, true);
  cdk.refreshAll();
});

connection.onInitialized(() => {
  if (trusted) void cdk.start().catch((e: Error) => connection.console.error(`[cdk] ${e.stack ?? e.message}`));
});
connection.onDidChangeWatchedFiles(safe(connection, 'didChangeWatchedFiles', undefined, (p) => (trusted ? cdk.watchedFilesChanged(p) : undefined)));
connection.onExecuteCommand(safe(connection, 'executeCommand', false, (p) => cdk.executeCommand(p)));

state.documents.listen(connection, {
  open: (doc) => {
    scan.documentOpened(doc.uri);
    scheduler.schedule(doc, true);
  },
  change: (doc) => scheduler.schedule(doc),
  close: (doc) => {
    scheduler.cancel(doc.uri);
    state.latest.delete(doc.uri);
    state.cache.drop(doc.uri);
    void connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    cdk.documentClosed(doc.uri);
  },
});

connection.onHover(safe(connection, 'hover', null, (p) => hover(state, p) ?? cdk.hover(p)));
connection.onCodeAction(safe(connection, 'codeAction', [], (p) => [...codeActions(state, p), ...cdk.codeActions(p)]));
connection.onRequest(
  RULE_DOC_REQUEST,
  safe(connection, 'ruleDocumentation', null, (p: RuleDocParams): RuleDocResult | null => {
    const r = state.rules.get(p.rule);
    return r ? { id: r.meta.id, name: r.meta.name, markdown: ruleMarkdown(r, { heading: 1 }) } : null;
  }),
);
connection.onRequest(
  RULES_REQUEST,
  safe(connection, 'rules', [], () => state.rules.all.map((r) => ({ id: r.meta.id, name: r.meta.name, category: r.meta.category, severity: r.meta.severity, description: r.meta.description }))),
);
connection.onRequest(ANALYZE_FILES_REQUEST, safe(connection, 'analyzeFiles', { analyzed: 0, findings: 0 }, (p: AnalyzeFilesParams, token) => scan.analyzeFiles(p, token)));
connection.onNotification(CANCEL_SCAN_NOTIFICATION, () => scan.cancel());
connection.onRequest(
  EXPORT_FINDINGS_REQUEST,
  safe(connection, 'exportFindings', { content: '', files: 0, findings: 0 }, (p: ExportFindingsParams) => scan.exportFindings(p)),
);

connection.listen();
