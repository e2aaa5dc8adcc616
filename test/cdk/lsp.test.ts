/**
 * CDK through the real server process (dist/server.js over stdio): a workspace holding a CDK app gets
 * diagnostics on the app's TypeScript source, linked to the synthesized template; cdkFindingsIn
 * chooses source / template / both; a `cdk synth` rewriting cdk.out is re-analysed once, debounced.
 * Needs the bundle (`node scripts/bundle.mjs`).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { type Diagnostic, LspTestClient } from '../../bench/lsp-client';
import { CDK_APP } from './fixture-paths';

interface Action {
  title: string;
  command?: { command: string; arguments: unknown[] };
  edit?: unknown;
}

/** A copy of the fixture app in a temporary workspace folder (the watch test rewrites its cdk.out). */
function workspaceCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-cdk-lsp-'));
  fs.cpSync(CDK_APP, path.join(dir, 'app'), { recursive: true });
  return dir;
}

class CdkClient extends LspTestClient {
  readonly registrations: Array<{ method: string; registerOptions?: { watchers?: Array<{ globPattern: string }> } }> = [];
  readonly shown: Array<{ uri: string; selection?: unknown }> = [];

  constructor(settings: unknown) {
    super(undefined, settings);
    this.connection.onRequest('client/registerCapability', (p: { registrations: CdkClient['registrations'] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.connection.onRequest('window/showDocument', (p: { uri: string; selection?: unknown }) => {
      this.shown.push(p);
      return { success: true };
    });
  }

  async start(folder: string): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: URI.file(folder).toString(),
      workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { showDocument: { support: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The latest diagnostics published for `file`, once `pred` holds for them (polls the event log). */
  async latest(file: string, pred: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const uri = URI.file(file).toString();
    const end = Date.now() + timeoutMs;
    for (;;) {
      const last = [...this.events].reverse().find((e) => e.uri === uri);
      if (last && pred(last.diagnostics)) return last.diagnostics;
      if (Date.now() > end) throw new Error(`no matching diagnostics for ${file}; last: ${JSON.stringify(last?.diagnostics.map((d) => `${String(d.code)} ${d.range.start.line}`))}\n${this.logs.join('')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  publishes(file: string): number {
    const uri = URI.file(file).toString();
    return this.events.filter((e) => e.uri === uri).length;
  }
}

const byCode = (list: Diagnostic[], code: string) => list.filter((d) => d.code === code);
const text = (d: Diagnostic): string => {
  const m = d.message as unknown;
  return typeof m === 'string' ? m : (m as { value: string }).value;
};

describe('CDK over LSP, cdkFindingsIn: source (default)', () => {
  let ws: string;
  let client: CdkClient;
  let demo: string;
  let template: string;
  before(async () => {
    ws = workspaceCopy();
    demo = path.join(ws, 'app', 'src', 'demo-stack.ts');
    template = path.join(ws, 'app', 'cdk.out', 'DemoStack.template.json');
    client = new CdkClient({});
    await client.start(ws);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('registers a file watcher for cdk.out', async () => {
    await client.latest(demo);
    const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').flatMap((r) => r.registerOptions?.watchers ?? []);
    assert.ok(watchers.some((w) => w.globPattern === '**/cdk.out/**'), JSON.stringify(client.registrations));
  });

  it('publishes the finding on the construct line of the TypeScript source, linked to the template', async () => {
    const diags = await client.latest(demo, (d) => d.some((x) => x.code === 'SW1001'));
    const [enc] = byCode(diags, 'SW1001');
    assert.ok(enc);
    // `new s3.Bucket(this, 'Uploads'` on line 18 (1-based).
    assert.deepEqual(enc.range, { start: { line: 17, character: 20 }, end: { line: 17, character: 49 } });
    assert.equal(enc.source, 'shieldwall');
    assert.match(text(enc), /\[DemoStack\/Uploads\/Resource\]\. In CDK: encryption: s3\.BucketEncryption\.S3_MANAGED$/);
    assert.equal(enc.relatedInformation?.length, 1);
    assert.equal(enc.relatedInformation[0]!.location.uri, URI.file(template).toString());
    assert.deepEqual(enc.relatedInformation[0]!.location.range.start, { line: 3, character: 2 });
    // Four public-access flags of one bucket: one diagnostic, four template locations.
    const pab = byCode(diags, 'SW1002');
    assert.equal(pab.length, 1);
    assert.match(text(pab[0]!), /\(\+3 more in the template\)/);
    assert.equal(pab[0]!.relatedInformation?.length, 4);
    assert.deepEqual(byCode(diags, 'SW2002').map((d) => d.range.start.line), [34]);
    assert.deepEqual(byCode(diags, 'SW3001').map((d) => d.range.start.line), [60]);
    // Nothing on what aws-cdk-lib generated (the LogRetention provider policy would be SW3005).
    assert.ok(!diags.some((d) => /LogRetention|Custom::|CDKMetadata/.test(text(d))), diags.map((d) => text(d)).join('\n'));
  });

  it('maps nested-stack findings to the NestedStack source file', async () => {
    const diags = await client.latest(path.join(ws, 'app', 'src', 'storage-stack.ts'), (d) => d.some((x) => x.code === 'SW1001'));
    assert.deepEqual(byCode(diags, 'SW1001').map((d) => [d.range.start.line, /\[DemoStack\/Storage\/Archive\/Resource\]/.test(text(d))]), [[11, true]]);
    assert.match(byCode(diags, 'SW1001')[0]!.relatedInformation![0]!.location.uri, /DemoStackStorageFABBAF88\.nested\.template\.json$/);
  });

  it('leaves out of an opened template the findings shown on the source', async () => {
    await client.open(URI.file(template).toString(), 'json', fs.readFileSync(template, 'utf8'));
    const diags = await client.latest(template, () => true);
    assert.deepEqual(byCode(diags, 'SW1001'), []);
    assert.deepEqual(byCode(diags, 'SW2002'), []);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI.file(template).toString() } });
  });

  it('keeps the source diagnostics when the client syncs the .ts file (open, close)', async () => {
    const uri = URI.file(demo).toString();
    await client.open(uri, 'typescript', fs.readFileSync(demo, 'utf8'));
    await new Promise((r) => setTimeout(r, 400));
    assert.ok((await client.latest(demo)).some((d) => d.code === 'SW1001'), 'opening does not clear them');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.latest(demo, (d) => d.some((x) => x.code === 'SW1001'));
    await new Promise((r) => setTimeout(r, 200));
    assert.ok((await client.latest(demo)).some((d) => d.code === 'SW1001'), 'closing gives them back');
  });

  it('offers "Show in Synthesized Template" (window/showDocument) and inserting the CDK property', async () => {
    const diags = await client.latest(demo, (d) => d.some((x) => x.code === 'SW1001'));
    const enc = byCode(diags, 'SW1001')[0]!;
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI.file(demo).toString() }, range: enc.range, context: { diagnostics: [enc] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Shieldwall: Show in Synthesized Template'), titles.join('\n'));
    assert.ok(titles.includes('Shieldwall: Add `encryption: s3.BucketEncryption.S3_MANAGED` to the construct props'), titles.join('\n'));
    const show = actions.find((a) => a.title === 'Shieldwall: Show in Synthesized Template')!;
    await client.request('workspace/executeCommand', { command: show.command!.command, arguments: show.command!.arguments });
    assert.deepEqual(client.shown.at(-1), { uri: URI.file(template).toString(), selection: { start: { line: 3, character: 2 }, end: enc.relatedInformation![0]!.location.range.end }, takeFocus: true });
  });

  it('offers the actions from its own diagnostics when the client passes none (VS Code, diagnostics published before open)', async () => {
    const range = { start: { line: 17, character: 24 }, end: { line: 17, character: 24 } };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI.file(demo).toString() }, range, context: { diagnostics: [] } });
    const titles = actions.map((a) => a.title);
    // One navigation action for the rules on one construct; only self-contained values are inserted.
    assert.equal(titles.filter((t) => t === 'Shieldwall: Show in Synthesized Template').length, 1, titles.join('\n'));
    assert.ok(titles.includes('Shieldwall: Add `encryption: s3.BucketEncryption.S3_MANAGED` to the construct props'), titles.join('\n'));
    assert.ok(!titles.some((t) => t.includes('serverAccessLogsBucket: accessLogsBucket')), titles.join('\n'));
  });

  it('hover on the construct names the CDK property that fixes it', async () => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: URI.file(demo).toString() }, position: { line: 17, character: 30 } });
    assert.match(hover?.contents.value ?? '', /In CDK\*\*: `encryption: s3\.BucketEncryption\.S3_MANAGED`/);
  });

  it('re-analyses once, debounced, when cdk synth rewrites cdk.out', async () => {
    await client.latest(demo, (d) => d.some((x) => x.code === 'SW1001'));
    const before = client.publishes(demo);
    // "Synthesize" an encrypted Uploads bucket: the template changes, then a burst of watcher events.
    const json = JSON.parse(fs.readFileSync(template, 'utf8')) as { Resources: Record<string, { Properties: Record<string, unknown> }> };
    json.Resources['Uploads4F6EB0FD']!.Properties['BucketEncryption'] = { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] };
    fs.writeFileSync(template, JSON.stringify(json, null, 1));
    for (let i = 0; i < 5; i++) {
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(template).toString(), type: 2 }, { uri: URI.file(path.join(ws, 'app', 'cdk.out', 'manifest.json')).toString(), type: 2 }] });
      await new Promise((r) => setTimeout(r, 60));
    }
    const diags = await client.latest(demo, (d) => !d.some((x) => x.code === 'SW1001') && d.some((x) => x.code === 'SW1002'));
    assert.ok(diags.length > 0);
    await new Promise((r) => setTimeout(r, 1200));
    assert.equal(client.publishes(demo) - before, 1, 'one re-analysis for the burst');
  });
});

describe('CDK over LSP, cdkFindingsIn: template and both', () => {
  let ws: string;
  before(() => {
    ws = workspaceCopy();
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('template: findings on the (unopened) template, linked to the source, none on the source', async () => {
    const client = new CdkClient({ cdkFindingsIn: 'template' });
    try {
      await client.start(ws);
      const template = path.join(ws, 'app', 'cdk.out', 'DemoStack.template.json');
      const diags = await client.latest(template, (d) => d.some((x) => x.code === 'SW1001'));
      const enc = byCode(diags, 'SW1001')[0]!;
      assert.equal(enc.range.start.line, 3);
      assert.match(text(enc), /\[DemoStack\/Uploads\/Resource\]\. In CDK: encryption/);
      assert.equal(enc.relatedInformation?.[0]?.location.uri, URI.file(path.join(ws, 'app', 'src', 'demo-stack.ts')).toString());
      assert.equal(enc.relatedInformation?.[0]?.location.range.start.line, 17);
      assert.equal(client.publishes(path.join(ws, 'app', 'src', 'demo-stack.ts')), 0);
      const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI.file(template).toString() }, range: enc.range, context: { diagnostics: [enc] } });
      assert.ok(actions.some((a) => a.title === 'Shieldwall: Go to CDK Source' && (a.command?.arguments[0] as string).endsWith('/app/src/demo-stack.ts')), actions.map((a) => a.title).join('\n'));
    } finally {
      await client.shutdown();
    }
  });

  it('both: the source and an opened template both show it, the template one linked to the source', async () => {
    const client = new CdkClient({ cdkFindingsIn: 'both' });
    try {
      await client.start(ws);
      const demo = path.join(ws, 'app', 'src', 'demo-stack.ts');
      const template = path.join(ws, 'app', 'cdk.out', 'DemoStack.template.json');
      await client.latest(demo, (d) => d.some((x) => x.code === 'SW1001'));
      await client.open(URI.file(template).toString(), 'json', fs.readFileSync(template, 'utf8'));
      const diags = await client.latest(template, (d) => d.some((x) => x.code === 'SW1001' && (x.relatedInformation?.length ?? 0) > 0));
      const enc = byCode(diags, 'SW1001')[0]!;
      assert.match(text(enc), /In CDK: encryption: s3\.BucketEncryption\.S3_MANAGED$/);
      assert.equal(enc.relatedInformation?.at(-1)?.location.range.start.line, 17);
      const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: URI.file(template).toString() }, range: enc.range, context: { diagnostics: [enc] } });
      assert.ok(actions.some((a) => a.title === 'Shieldwall: Go to CDK Source'), actions.map((a) => a.title).join('\n'));
    } finally {
      await client.shutdown();
    }
  });
});
