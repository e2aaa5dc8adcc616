/**
 * A minimal LSP client over the real server's stdio, for the benchmark and the server tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createProtocolConnection,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export interface DiagnosticsEvent extends PublishDiagnosticsParams {
  at: number;
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly proc: ChildProcess;
  private readonly waiters: Array<{ pred: (e: DiagnosticsEvent) => boolean; resolve: (e: DiagnosticsEvent) => void }> = [];
  readonly events: DiagnosticsEvent[] = [];
  readonly logs: string[] = [];

  constructor(serverJs = join(__dirname, '..', '..', 'dist', 'server.js'), settings: unknown = {}) {
    this.proc = spawn(process.execPath, [serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d: Buffer) => this.logs.push(d.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const e = { ...p, at: performance.now() };
      this.events.push(e);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (this.waiters[i]!.pred(e)) {
          this.waiters[i]!.resolve(e);
          this.waiters.splice(i, 1);
        }
      }
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    this.connection.listen();
  }

  async initialize(): Promise<unknown> {
    const r = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } } },
    });
    await this.connection.sendNotification('initialized', {});
    return r;
  }

  /** Resolves with the next publishDiagnostics for `uri` (at `version` when given). */
  diagnostics(uri: string, version?: number, timeoutMs = 30_000): Promise<DiagnosticsEvent> {
    const existing = this.events.find((e) => e.uri === uri && (version === undefined || e.version === version));
    if (existing && version !== undefined) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} within ${timeoutMs} ms; server log:\n${this.logs.join('')}`)), timeoutMs);
      this.waiters.push({ pred: (e) => e.uri === uri && (version === undefined || e.version === version), resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: Array<{ range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.proc.exitCode === null) this.proc.kill();
  }

  rssKiB(): number {
    try {
      const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      return 0;
    }
  }
}

export type { Diagnostic };
