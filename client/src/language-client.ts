/**
 * Starts the bundled language server over IPC. The client decides which documents to sync (YAML and
 * JSON files); the server decides which of them are templates or policies and stays silent on the rest.
 */
import * as path from 'node:path';
import { type ExtensionContext, type LogOutputChannel, workspace } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import type { ShieldwallInitializationOptions } from '../../server/src/handlers/protocol';

export const CLIENT_ID = 'shieldwall';

export function createLanguageClient(context: ExtensionContext, output: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
      { scheme: 'file', language: 'jsonc' },
      { scheme: 'untitled', language: 'yaml' },
      { scheme: 'untitled', language: 'json' },
      { scheme: 'file', pattern: '**/*.template' },
      { scheme: 'shieldwall-account', language: 'yaml' },
      // CDK app sources: findings on synthesized templates are shown on the construct's line.
      { scheme: 'file', language: 'typescript' },
      { scheme: 'file', language: 'javascript' },
      { scheme: 'file', language: 'python' },
    ],
    synchronize: { configurationSection: 'shieldwall' },
    // read at every (re)start: the client restarts the server when the workspace becomes trusted
    initializationOptions: (): ShieldwallInitializationOptions => ({ trusted: workspace.isTrusted }),
    outputChannel: output,
    diagnosticCollectionName: 'shieldwall',
  };
  return new LanguageClient(CLIENT_ID, 'Shieldwall', serverOptions, clientOptions);
}
