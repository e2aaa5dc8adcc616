/**
 * Workspace scan over real LSP (the server process over stdio): shieldwall/analyzeFiles reads unopened
 * files from disk and publishes their diagnostics, counts open documents without re-reading them, stops
 * on shieldwall/cancelScan; shieldwall/exportFindings renders SARIF, JSON and Markdown; an untrusted
 * workspace (initializationOptions.trusted: false) reads no CDK app. Needs `npm run build` (dist/server.js).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { type Diagnostic, LspTestClient } from '../../bench/lsp-client';
import { CDK_APP } from '../cdk/fixture-paths';

const BUCKET = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ArchiveBucket:
    Type: AWS::S3::Bucket
`;

class ScanClient extends LspTestClient {
  readonly registrations: Array<{ method: string }> = [];

  constructor() {
    super(undefined, {});
    this.connection.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string }> }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
  }

  async start(folder: string, trusted?: boolean): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: URI.file(folder).toString(),
      workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'ws' }],
      ...(trusted === undefined ? {} : { initializationOptions: { trusted } }),
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  lastFor(file: string): Diagnostic[] | undefined {
    const uri = URI.file(file).toString();
    return [...this.events].reverse().find((e) => e.uri === uri)?.diagnostics;
  }
}

interface ScanResult {
  analyzed: number;
  findings: number;
  templates?: number;
  cancelled?: boolean;
}

describe('workspace scan over LSP', () => {
  let ws: string;
  let client: ScanClient;
  const uri = (rel: string) => URI.file(path.join(ws, rel)).toString();

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-scan-'));
    fs.mkdirSync(path.join(ws, 'nested'));
    fs.writeFileSync(path.join(ws, 'nested', 'archive.yaml'), BUCKET);
    fs.writeFileSync(path.join(ws, 'open.yaml'), BUCKET);
    fs.writeFileSync(path.join(ws, 'package.json'), '{"name": "not-a-template", "version": "1.0.0"}\n');
    client = new ScanClient();
    await client.start(ws);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('publishes diagnostics for files that are not open, and stays silent on other JSON', async () => {
    const r = await client.request<ScanResult>('shieldwall/analyzeFiles', { uris: [uri('nested/archive.yaml'), uri('package.json')] });
    assert.equal(r.analyzed, 2);
    assert.equal(r.templates, 1);
    assert.ok(r.findings > 0 && !r.cancelled, JSON.stringify(r));
    const diags = client.lastFor(path.join(ws, 'nested', 'archive.yaml'));
    assert.ok(diags, 'no diagnostics published for the unopened file');
    const sw1001 = diags.find((d) => d.code === 'SW1001');
    assert.ok(sw1001, JSON.stringify(diags.map((d) => d.code)));
    assert.deepEqual(sw1001.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 15 } }); // ArchiveBucket key
    assert.equal(sw1001.source, 'shieldwall');
    assert.equal(r.findings, diags.filter((d) => /^SW\d+$/.test(String(d.code))).length);
    assert.equal(client.lastFor(path.join(ws, 'package.json')), undefined);
  });

  it('counts an open document from its live analysis, not from disk', async () => {
    const text = `${BUCKET}    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n`;
    await client.open(uri('open.yaml'), 'yaml', text, 1);
    const live = await client.diagnostics(uri('open.yaml'), 1);
    const r = await client.request<ScanResult>('shieldwall/analyzeFiles', { uris: [uri('open.yaml')] });
    assert.equal(r.findings, live.diagnostics.filter((d) => /^SW\d+$/.test(String(d.code))).length);
    assert.ok(!live.diagnostics.some((d) => d.code === 'SW1001'), 'the open text (encrypted) was analysed, not the file on disk');
  });

  it('exports SARIF, JSON and Markdown with paths relative to the workspace folder', async () => {
    const roots = [URI.file(ws).toString()];
    const sarif = await client.request<{ content: string; files: number; findings: number }>('shieldwall/exportFindings', { format: 'sarif', roots });
    const log = JSON.parse(sarif.content) as {
      version: string;
      runs: Array<{
        results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
      }>;
    };
    assert.equal(log.version, '2.1.0');
    const hit = log.runs[0]!.results.find((x) => x.ruleId === 'SW1001');
    assert.equal(hit?.locations[0]?.physicalLocation.artifactLocation.uri, 'nested/archive.yaml');
    assert.equal(hit?.locations[0]?.physicalLocation.region.startLine, 3);
    assert.equal(sarif.files, 2); // archive.yaml (scanned) and open.yaml (open); package.json is no template
    const json = JSON.parse((await client.request<{ content: string }>('shieldwall/exportFindings', { format: 'json', roots })).content) as {
      findings: Array<{ ruleId: string; file: string }>;
    };
    assert.ok(json.findings.some((f) => f.ruleId === 'SW1001' && f.file === 'nested/archive.yaml'));
    const md = (await client.request<{ content: string }>('shieldwall/exportFindings', { format: 'markdown', roots })).content;
    assert.match(md, /^# Shieldwall findings\n/);
    assert.match(md, /^## nested\/archive\.yaml$/m);
    assert.match(md, /^\| 3:3 \| low \| \[SW1001\]\(.+\) s3-bucket-encryption-missing \| ArchiveBucket \| /m);
  });

  it('stops between two files on shieldwall/cancelScan', async () => {
    const many = Array.from({ length: 200 }, () => uri('nested/archive.yaml'));
    const pending = client.request<ScanResult>('shieldwall/analyzeFiles', { uris: many });
    await client.connection.sendNotification('shieldwall/cancelScan');
    const r = await pending;
    assert.equal(r.cancelled, true);
    assert.ok(r.analyzed < many.length, JSON.stringify(r));
  });
});

describe('untrusted workspace (initializationOptions.trusted: false)', () => {
  it('analyses templates but reads no CDK app: no cdk.out watcher, nothing on the app source', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-untrusted-'));
    fs.cpSync(CDK_APP, path.join(ws, 'app'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'bucket.yaml'), BUCKET);
    const client = new ScanClient();
    try {
      await client.start(ws, false);
      const r = await client.request<ScanResult>('shieldwall/analyzeFiles', { uris: [URI.file(path.join(ws, 'bucket.yaml')).toString()] });
      assert.ok(r.findings > 0, 'templates are still analysed');
      assert.deepEqual(client.registrations, [], 'a file watcher was registered');
      const source = fs.readdirSync(path.join(ws, 'app', 'src')).map((f) => path.join(ws, 'app', 'src', f));
      assert.deepEqual(
        source.filter((f) => client.lastFor(f)),
        [],
        'diagnostics on CDK app sources',
      );
      assert.match(client.logs.join(''), /Untrusted workspace: limited mode/);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});
