// A throwaway extension that fulfils the contract in ../scenarios.mjs (EXPECT) with the plain vscode API
// and naive line matching, so `node test/e2e/run.mjs --self-test` proves the runner and its UI helpers
// against behaviour that really happens in the editor. It is NOT the product: it knows two rules and the
// fixture's shape only. The real extension must behave the same way as seen from the UI.
const vscode = require('vscode');

const DOCS = {
  SW1001: {
    name: 's3-bucket-encryption-missing',
    doc: '## What it does\nFlags an S3 bucket without BucketEncryption.\n\n## Why it matters\nAn explicit configuration documents the intent.',
  },
  SW2002: {
    name: 'security-group-sensitive-port-open-to-world',
    doc: '## What it does\nFlags ingress from 0.0.0.0/0 to SSH.\n\n## Why it matters\nSSH open to the world gets brute-forced.',
  },
};

/** Resources of a YAML template as { id, line, end, text } (two-space indentation, as in the fixtures). */
function resources(lines) {
  const out = [];
  let inResources = false;
  for (let i = 0; i < lines.length; i++) {
    if (/^\S/.test(lines[i])) inResources = lines[i].startsWith('Resources:');
    const m = inResources && /^ {2}([A-Za-z0-9]+):\s*$/.exec(lines[i]);
    if (m) out.push({ id: m[1], line: i });
  }
  for (const [k, r] of out.entries()) {
    let end = lines.length;
    for (let j = r.line + 1; j < lines.length; j++) if (/^ {0,2}\S/.test(lines[j])) { end = j; break; }
    r.end = out[k + 1] ? Math.min(out[k + 1].line, end) : end;
    r.text = lines.slice(r.line, r.end).join('\n');
  }
  return out;
}

function analyze(text) {
  const lines = text.split('\n');
  const diags = [];
  for (const r of resources(lines)) {
    const suppressed = (code) => new RegExp(`id: ${code}\\b`).test(r.text);
    if (/Type: AWS::S3::Bucket/.test(r.text) && !/BucketEncryption:/.test(r.text) && !suppressed('SW1001')) {
      const d = new vscode.Diagnostic(new vscode.Range(r.line, 2, r.line, 2 + r.id.length),
        `S3 bucket ${r.id} has no BucketEncryption: set a default server-side encryption (SSE-S3 or SSE-KMS)`, vscode.DiagnosticSeverity.Warning);
      Object.assign(d, { source: 'shieldwall', code: 'SW1001', resource: r });
      diags.push(d);
    }
    for (let i = r.line; i < r.end; i++) {
      const m = /CidrIp: (0\.0\.0\.0\/0)/.exec(lines[i]);
      if (m && !suppressed('SW2002')) {
        const d = new vscode.Diagnostic(new vscode.Range(i, m.index + 8, i, m.index + 8 + m[1].length),
          `Security group ${r.id} allows SSH (22) from ${m[1]}`, vscode.DiagnosticSeverity.Error);
        Object.assign(d, { source: 'shieldwall', code: 'SW2002', resource: r });
        diags.push(d);
      }
    }
  }
  return diags;
}

function activate(context) {
  const out = vscode.window.createOutputChannel('Shieldwall');
  out.appendLine('e2e self-test extension active');
  const collection = vscode.languages.createDiagnosticCollection('shieldwall');
  const changed = new vscode.EventEmitter();
  const status = vscode.window.createStatusBarItem('shieldwall.status', vscode.StatusBarAlignment.Left, 100);
  status.name = 'Shieldwall';
  const refreshStatus = () => {
    let n = 0;
    collection.forEach((_, d) => { n += d.length; });
    status.text = `$(shield) Shieldwall: ${n}`;
    status.tooltip = 'Shieldwall findings in the workspace';
    status.show();
    changed.fire();
  };
  const check = (doc) => {
    if (doc.languageId !== 'yaml') return;
    collection.set(doc.uri, analyze(doc.getText()));
    refreshStatus();
  };
  vscode.workspace.textDocuments.forEach(check);
  context.subscriptions.push(out, collection, status,
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => check(e.document)));

  context.subscriptions.push(vscode.languages.registerHoverProvider('yaml', {
    provideHover(doc, pos) {
      const d = collection.get(doc.uri)?.find((x) => x.range.contains(pos));
      if (!d) return undefined;
      const { name, doc: text } = DOCS[d.code];
      return new vscode.Hover(new vscode.MarkdownString(`**${d.code} ${name}**\n\n${text}`), d.range);
    },
  }));

  context.subscriptions.push(vscode.languages.registerCodeActionsProvider('yaml', {
    provideCodeActions(doc, range, ctx) {
      const actions = [];
      for (const d of ctx.diagnostics.filter((x) => x.source === 'shieldwall')) {
        const r = analyze(doc.getText()).find((x) => x.code === d.code && x.range.isEqual(d.range))?.resource;
        if (!r) continue;
        if (d.code === 'SW1001') {
          const props = doc.getText().split('\n').findIndex((l, i) => i > r.line && l === '    Properties:');
          const fix = new vscode.CodeAction('Add SSE-S3 default encryption (AES256)', vscode.CodeActionKind.QuickFix);
          fix.diagnostics = [d];
          fix.isPreferred = true;
          fix.edit = new vscode.WorkspaceEdit();
          fix.edit.insert(doc.uri, new vscode.Position(props + 1, 0),
            '      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n');
          actions.push(fix);
        }
        const suppress = new vscode.CodeAction(`Suppress ${d.code} for ${r.id}`, vscode.CodeActionKind.QuickFix);
        suppress.diagnostics = [d];
        suppress.command = { command: 'shieldwall.suppress', title: 'Suppress', arguments: [doc.uri, r.line, d.code] };
        actions.push(suppress);
      }
      return actions;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));

  context.subscriptions.push(vscode.commands.registerCommand('shieldwall.suppress', async (uri, line, code) => {
    const reason = await vscode.window.showInputBox({ prompt: `Why is ${code} acceptable here?` });
    if (!reason) return;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(line + 1, 0), `    Metadata:\n      shieldwall:\n        suppress:\n          - id: ${code}\n            reason: ${JSON.stringify(reason)}\n`);
    await vscode.workspace.applyEdit(edit);
  }));

  context.subscriptions.push(vscode.commands.registerCommand('shieldwall.scanWorkspace', async () => {
    for (const uri of await vscode.workspace.findFiles('**/*.{yaml,yml}')) {
      collection.set(uri, analyze(Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8')));
    }
    refreshStatus();
  }));

  context.subscriptions.push(vscode.window.registerTreeDataProvider('shieldwall.findings', {
    onDidChangeTreeData: changed.event,
    getTreeItem: (x) => x,
    getChildren() {
      const items = [];
      collection.forEach((uri, diags) => {
        for (const d of diags) {
          const item = new vscode.TreeItem(`${d.code} ${d.resource.id}`);
          item.description = vscode.workspace.asRelativePath(uri);
          items.push(item);
        }
      });
      return items;
    },
  }));
  // CDK: when a cdk.out appears, the bucket finding goes on the construct line of src/demo-stack.ts.
  const cdk = async (manifest) => {
    const source = vscode.Uri.joinPath(manifest, '..', '..', 'src', 'demo-stack.ts');
    const lines = Buffer.from(await vscode.workspace.fs.readFile(source)).toString('utf8').split('\n');
    const line = lines.findIndex((l) => l.includes("new s3.Bucket(this, 'Uploads'"));
    if (line < 0) return;
    const start = lines[line].indexOf('new ');
    const d = new vscode.Diagnostic(new vscode.Range(line, start, line, start + 29),
      'S3 bucket Uploads4F6EB0FD has no BucketEncryption [DemoStack/Uploads/Resource]. In CDK: encryption: s3.BucketEncryption.S3_MANAGED', vscode.DiagnosticSeverity.Warning);
    Object.assign(d, { source: 'shieldwall', code: 'SW1001', resource: { id: 'Uploads4F6EB0FD' } });
    collection.set(source, [d]);
    refreshStatus();
  };
  context.subscriptions.push(vscode.languages.registerCodeActionsProvider('typescript', {
    provideCodeActions(doc, range, ctx) {
      const d = ctx.diagnostics.find((x) => x.source === 'shieldwall' && x.code === 'SW1001');
      if (!d) return [];
      const template = vscode.Uri.joinPath(doc.uri, '..', '..', 'cdk.out', 'DemoStack.template.json');
      const show = new vscode.CodeAction('Shieldwall: Show in Synthesized Template', vscode.CodeActionKind.QuickFix);
      show.diagnostics = [d];
      show.command = { command: 'vscode.open', title: 'Show', arguments: [template] };
      return [show];
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }));
  const watcher = vscode.workspace.createFileSystemWatcher('**/cdk.out/manifest.json');
  context.subscriptions.push(watcher, watcher.onDidCreate(cdk), watcher.onDidChange(cdk));
  refreshStatus();
}

module.exports = { activate, deactivate() {} };
