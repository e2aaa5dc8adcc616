/**
 * The real server process over stdio, spoken to in LSP: initialize → didOpen → diagnostics with exact
 * ranges → didChange → updated diagnostics → codeAction → hover. Needs `npm run build` (dist/server.js).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyEdits } from '../../server/src/documents/render-fix';
import { type Diagnostic, LspTestClient } from '../../bench/lsp-client';
import { TextDocument } from 'vscode-languageserver-textdocument';

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { documentChanges?: Array<{ edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }> }> };
  command?: { command: string };
}

const YAML = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
`;

function applyAction(text: string, a: CodeAction): string {
  const doc = TextDocument.create('file:///x', 'yaml', 1, text);
  const edits = a.edit!.documentChanges![0]!.edits.map((e) => ({ offset: doc.offsetAt(e.range.start), length: doc.offsetAt(e.range.end) - doc.offsetAt(e.range.start), text: e.newText }));
  return applyEdits(text, edits);
}

// The foundation rules these tests exercise; other rules may also report on the same text.
const UNDER_TEST = new Set(['SW1001', 'SW1002', 'SW2001', 'SW2002', 'yaml-syntax', 'invalid-suppression']);
const byCode = (ds: Diagnostic[]) => ds.filter((d) => UNDER_TEST.has(String(d.code))).map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();

describe('language server over stdio', () => {
  let client: LspTestClient;
  let settings: Record<string, unknown> = {};
  before(async () => {
    client = new LspTestClient(undefined, undefined);
    client.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    const init = (await client.initialize()) as { capabilities: { hoverProvider: boolean; codeActionProvider: { codeActionKinds: string[] } } };
    assert.equal(init.capabilities.hoverProvider, true);
    assert.ok(init.capabilities.codeActionProvider.codeActionKinds.includes('source.fixAll.shieldwall'));
  });
  after(async () => client.shutdown());

  it('publishes diagnostics with exact ranges, rule ids and doc links on open', async () => {
    const uri = 'file:///ws/app.yaml';
    await client.open(uri, 'yaml', YAML, 1);
    const d = await client.diagnostics(uri, 1);
    const cidr = YAML.split('\n')[14]!.indexOf('0.0.0.0/0');
    assert.deepEqual(byCode(d.diagnostics), ['SW1002 2:2-2:6', `SW2002 14:${cidr}-14:${cidr + 9}`]);
    const sg = d.diagnostics.find((x) => x.code === 'SW2002')!;
    assert.equal(sg.source, 'shieldwall');
    assert.equal(sg.severity, 1);
    assert.match(String(sg.message), /Security group Web allows 0\.0\.0\.0\/0 to reach SSH \(22\)/);
    assert.match(sg.codeDescription!.href, /docs\/rules\.md#sw2002-security-group-sensitive-port-open-to-world$/);
    assert.equal((sg.data as { version: number }).version, 1);
  });

  it('updates diagnostics after an incremental edit', async () => {
    const uri = 'file:///ws/app.yaml';
    const line = YAML.split('\n').findIndex((l) => l.includes('0.0.0.0/0'));
    const col = YAML.split('\n')[line]!.indexOf('0.0.0.0/0');
    await client.change(uri, 2, [{ range: { start: { line, character: col }, end: { line, character: col + 9 } }, text: '10.0.0.0/8' }]);
    const d = await client.diagnostics(uri, 2);
    assert.deepEqual(byCode(d.diagnostics), ['SW1002 2:2-2:6']);
  });

  it('offers the quick fix from Diagnostic.data, and applying it removes the finding', async () => {
    const uri = 'file:///ws/app.yaml';
    const text = YAML.replace('0.0.0.0/0', '10.0.0.0/8');
    const d = (await client.diagnostics(uri, 2)).diagnostics.find((x) => x.code === 'SW1002')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Block all public access (all four flags true)', 'Suppress SW1002 s3-bucket-public-access-not-blocked for Logs', 'Suppress SW1002 s3-bucket-public-access-not-blocked for this file'],
    );
    assert.equal(actions[0]!.kind, 'quickfix');
    assert.equal(actions[0]!.isPreferred, true);
    assert.equal(actions[1]!.command?.command, 'shieldwall.selectText');
    const fixed = applyAction(text, actions[0]!);
    assert.ok(fixed.includes('      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n'));
    await client.change(uri, 3, [{ text: fixed }]);
    const after = await client.diagnostics(uri, 3);
    assert.deepEqual(byCode(after.diagnostics), []);
  });

  it('applies the suppression action: the finding goes, the reason is required', async () => {
    const uri = 'file:///ws/suppress.yaml';
    const text = 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: x\n';
    await client.open(uri, 'yaml', text, 1);
    const d = (await client.diagnostics(uri, 1)).diagnostics.find((x) => x.code === 'SW1001')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const suppress = actions.find((a) => a.title.startsWith('Suppress SW1001') && a.title.endsWith('for B'))!;
    const withPlaceholder = applyAction(text, suppress);
    assert.ok(withPlaceholder.includes('    Metadata:\n      shieldwall:\n        suppress:\n          - id: SW1001\n            reason: "TODO: explain why this is accepted"\n'), withPlaceholder);
    const reasoned = withPlaceholder.replace('TODO: explain why this is accepted', 'Public website bucket');
    await client.change(uri, 2, [{ text: reasoned }]);
    const after = await client.diagnostics(uri, 2);
    assert.ok(!after.diagnostics.some((x) => x.code === 'SW1001'));
    const noReason = withPlaceholder.replace('            reason: "TODO: explain why this is accepted"\n', '');
    await client.change(uri, 3, [{ text: noReason }]);
    const missing = await client.diagnostics(uri, 3);
    assert.ok(missing.diagnostics.some((x) => x.code === 'SW1001'), 'without a reason the finding stays');
    assert.ok(missing.diagnostics.some((x) => x.code === 'invalid-suppression' && /needs a reason/.test(String(x.message))));
  });

  it('hovering a finding shows its rule documentation', async () => {
    const uri = 'file:///ws/suppress.yaml';
    const h = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    assert.ok(h);
    assert.match(h.contents.value, /SW1001 s3-bucket-encryption-missing/);
    assert.match(h.contents.value, /\*\*What it does\*\*/);
    assert.match(h.contents.value, /\*\*Use instead\*\*/);
    const none = await client.request<unknown>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 20 } });
    assert.equal(none, null);
  });

  it('analyses JSON with positions in the JSON text', async () => {
    const uri = 'file:///ws/app.json';
    const text = '{\n  "Resources": {\n    "Vol": {"Type": "AWS::EC2::Volume", "Properties": {"Size": 8, "Encrypted": false}}\n  }\n}\n';
    await client.open(uri, 'json', text, 1);
    const d = await client.diagnostics(uri, 1);
    const at = text.indexOf('false');
    assert.deepEqual(byCode(d.diagnostics), [`SW2001 2:${at - text.indexOf('    "Vol"')}-2:${at - text.indexOf('    "Vol"') + 5}`]);
  });

  it('source.fixAll.shieldwall applies every safe fix at once', async () => {
    const uri = 'file:///ws/fixall.yaml';
    const text = 'Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: a\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: b\n';
    await client.open(uri, 'yaml', text, 1);
    const before = await client.diagnostics(uri, 1);
    assert.ok(before.diagnostics.filter((x) => x.code === 'SW1001' || x.code === 'SW1002').length >= 4);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.shieldwall'] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, 'source.fixAll.shieldwall');
    const fixed = applyAction(text, actions[0]!);
    await client.change(uri, 2, [{ text: fixed }]);
    const after = await client.diagnostics(uri, 2);
    assert.deepEqual(after.diagnostics.filter((x) => x.code === 'SW1001' || x.code === 'SW1002').map((x) => x.code), []);
    assert.ok(fixed.startsWith('Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: a\n'), 'text before the edits is unchanged');
  });

  it('stays silent on files that are not templates or policies', async () => {
    const uri = 'file:///ws/docker-compose.yml';
    await client.open(uri, 'yaml', 'services:\n  web:\n    image: nginx\n    environment:\n      PASSWORD: x\n', 1);
    const d = await client.diagnostics(uri, 1);
    assert.deepEqual(d.diagnostics, [], 'no diagnostics at all');
  });

  it('pulls settings: a rule switched off disappears after a configuration change', async () => {
    const uri = 'file:///ws/app.json';
    settings = { rules: { 'ebs-volume-unencrypted': 'off' } };
    const n = client.events.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const deadline = Date.now() + 10_000;
    while (!client.events.slice(n).some((e) => e.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const latest = client.events.filter((e) => e.uri === uri).pop()!;
    assert.deepEqual(byCode(latest.diagnostics), []);
    settings = {};
  });

  it('reports syntax errors as diagnostics and keeps findings for what parses', async () => {
    const uri = 'file:///ws/broken.yaml';
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Vol:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: false\n  Bad:\n    Type: [unclosed\n';
    await client.open(uri, 'yaml', text, 1);
    const d = await client.diagnostics(uri, 1);
    assert.ok(d.diagnostics.some((x) => x.code === 'yaml-syntax' && x.range.start.line >= 7), JSON.stringify(d.diagnostics.map((x) => [x.code, x.range.start.line])));
    assert.ok(d.diagnostics.some((x) => x.code === 'SW2001' && x.range.start.line === 5));
  });
});
