// End-to-end scenarios, run in order in one VS Code window (see run.mjs). Each scenario states what a
// person sees; the contract it relies on is in EXPECT, so a renamed command or label is a one-line change.
//
// `pending` marks a scenario whose feature is not built yet: while it fails, it is reported as skipped
// with the reason (E2E_STRICT=1 counts it as failed); once it passes, the runner says so: delete the
// `pending` line then. `after` names scenarios that must have passed first; otherwise it is skipped.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { until } from './lib/ui.mjs';

const require = createRequire(import.meta.url);
const YAML = require('yaml');

/** The contract between the extension and these tests. */
export const EXPECT = {
  extensionId: 'shieldwall.shieldwall', // publisher.name from package.json
  outputChannel: 'Shieldwall', // vscode.window.createOutputChannel('Shieldwall') (or the language client's outputChannelName)
  template: 'insecure.yaml',
  bucket: { line: 8, column: 3, code: 'SW1001', name: 's3-bucket-encryption-missing' }, // missing property: on the logical-id key
  bucketFix: 'Add SSE-S3 default encryption (AES256)',
  sg: { line: 20, column: 19, code: 'SW2002', name: 'security-group-sensitive-port-open-to-world' }, // bad value: on the value
  suppressLabel: /^Suppress .*(SW2002|security-group-sensitive-port-open-to-world)/i, // "suppress for this resource"
  suppressReason: 'e2e: reviewed, bastion only',
  scanCommand: 'Shieldwall: Scan Workspace', // palette title (category "Shieldwall", title "Scan Workspace")
  unopenedFile: 'never-opened.yaml', // nested/never-opened.yaml: ArchiveBucket without encryption (SW1001)
  findingsView: 'Findings', // tree view name (in a "Shieldwall" view container)
  statusBar: /Shieldwall/i, // a status bar item whose text or tooltip/aria-label names Shieldwall
  hoverDoc: /Why it matters/, // the hover renders the rule's documentation headings
  // CDK: test/fixtures/cdk-app copied into the workspace as cdk-app/ (source + synthesized cdk.out)
  cdk: { app: 'cdk-app', source: 'demo-stack.ts', construct: "new s3.Bucket(this, 'Uploads'", code: 'SW1001', constructPath: 'DemoStack/Uploads/Resource', fix: 'encryption: s3.BucketEncryption.S3_MANAGED', showTemplate: 'Shieldwall: Show in Synthesized Template', template: 'DemoStack.template.json' },
};

/** 1-based column of `needle` in 1-based `line` of a workspace file. */
function columnOf(ws, file, line, needle) {
  const text = fs.readFileSync(path.join(ws, file), 'utf8').split('\n')[line - 1] ?? '';
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `${needle} not on ${file}:${line}: ${text}`);
  return i + 1;
}

/** Cropped screenshots of each step, for the README (docs/images/ holds the committed copies). */
const SHOTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../.test-output/e2e/readme');
function shot(name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return path.join(SHOTS, `${name}.png`);
}

const noProblem = (ui, re) => async () => !(await ui.problems()).some((p) => re.test(p.text) || re.test(p.label));

/** @type {Array<{ name: string, does: string, pending?: string, after?: string[], timeout?: number, run: (t: any) => Promise<void> }>} */
export const scenarios = [
  {
    name: 'workbench-opens-template',
    does: 'code-server opens the workspace copy and the insecure template in a YAML editor',
    async run({ ui, page }) {
      await ui.openFile(EXPECT.template);
      await ui.editor.locator('.view-lines', { hasText: 'LogsBucket' }).waitFor();
      await ui.statusBarItem(/^YAML$/);
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'nested' }).waitFor();
    },
  },
  {
    name: 'grammar-scopes-in-editor',
    does: 'the injected grammars colour !Sub and ${Var} in YAML and "Fn::Sub" in JSON in the real editor',
    async run({ ui, ws }) {
      await ui.openFile(EXPECT.template);
      const tag = await ui.tokenScopes(11, columnOf(ws, EXPECT.template, 11, '!Sub'));
      assert.match(tag, /support\.function\.intrinsic\.cloudformation/, tag);
      const variable = await ui.tokenScopes(11, columnOf(ws, EXPECT.template, 11, 'Env}'));
      assert.match(variable, /variable\.other\.sub\.cloudformation/, variable);
      await ui.openFile('secure.json');
      const key = await ui.tokenScopes(8, columnOf(ws, 'secure.json', 8, 'Fn::Sub') + 1);
      assert.match(key, /support\.function\.intrinsic\.cloudformation/, key);
    },
  },
  {
    name: 'extension-activates',
    does: `opening a template activates the extension: output channel "${EXPECT.outputChannel}" exists, no activation error`,
    async run({ ui, editor }) {
      await ui.openFile(EXPECT.template);
      const channels = await ui.outputChannels();
      assert.ok(channels.some((c) => c.trim() === EXPECT.outputChannel), `output channels: ${JSON.stringify(channels)}`);
      const failures = editor.logs().filter((l) => /Activating extension .?shieldwall\.shieldwall.? failed|shieldwall.*(Error|Cannot find module)/i.test(l.text));
      assert.deepEqual(failures.map((f) => f.file), [], 'activation errors in the extension host logs');
      const toasts = await ui.notifications();
      assert.ok(!toasts.some((t) => /shieldwall/i.test(t) && /fail|error/i.test(t)), `notifications: ${JSON.stringify(toasts)}`);
    },
  },
  {
    name: 'activation-time-logged',
    does: 'the extension logs how long activation took and when the language server was ready, for the README',
    after: ['extension-activates'],
    async run({ editor }) {
      const line = await until('the activation time in the Shieldwall log', async () =>
        editor.logs().map((l) => /Shieldwall activated in \d+ ms[^\n]*language server ready[^\n]*/.exec(l.text)?.[0]).find(Boolean));
      console.log(`     ${line}`);
    },
  },
  {
    name: 'diagnostic-on-bucket-line',
    does: `a squiggle appears on the bucket's logical id (line ${EXPECT.bucket.line}) without any edit`,
    after: ['extension-activates'],
    async run({ ui }) {
      await ui.openFile(EXPECT.template);
      await ui.waitForSquiggle(EXPECT.bucket.line, { timeout: 20_000 });
    },
  },
  {
    name: 'problems-panel-shows-rule-id',
    does: `the Problems panel lists ${EXPECT.bucket.code} at Ln ${EXPECT.bucket.line} and ${EXPECT.sg.code} at Ln ${EXPECT.sg.line}`,
    after: ['diagnostic-on-bucket-line'],
    async run({ ui }) {
      await ui.openFile(EXPECT.template);
      const bucket = await ui.waitForProblem(new RegExp(`${EXPECT.bucket.code}.*Ln ${EXPECT.bucket.line}\\b`));
      assert.match(bucket.text, /LogsBucket/, 'the message names the bucket');
      await ui.waitForProblem(new RegExp(`${EXPECT.sg.code}.*Ln ${EXPECT.sg.line}\\b`));
      await ui.crop(shot('problems'), [ui.page.locator('.part.panel')]);
    },
  },
  {
    name: 'hover-shows-rule-doc',
    does: `hovering the squiggle shows the rule id, name and its documentation`,
    after: ['diagnostic-on-bucket-line'],
    async run({ ui }) {
      await ui.openFile(EXPECT.template);
      await ui.waitForSquiggle(EXPECT.bucket.line, { timeout: 20_000 });
      await ui.hover(EXPECT.bucket.line, EXPECT.bucket.column, { expect: [new RegExp(EXPECT.bucket.code), new RegExp(EXPECT.bucket.name), EXPECT.hoverDoc] });
      await ui.crop(shot('hover'), [ui.page.locator('.monaco-hover:not(.hidden)'), ui.editor.locator('.view-lines')]);
    },
  },
  {
    name: 'quick-fix-adds-encryption',
    does: `Ctrl+. "${EXPECT.bucketFix}" removes ${EXPECT.bucket.code}; the saved file has SSEAlgorithm AES256 and is otherwise intact`,
    after: ['problems-panel-shows-rule-id'],
    async run({ ui, ws }) {
      const file = path.join(ws, EXPECT.template);
      const before = fs.readFileSync(file, 'utf8');
      await ui.openFile(EXPECT.template);
      await ui.waitForSquiggle(EXPECT.bucket.line, { timeout: 20_000 });
      // the Ctrl+. menu as a person sees it, for the README
      await ui.codeActions(EXPECT.bucket.line, EXPECT.bucket.column);
      await ui.crop(shot('quick-fix'), [ui.page.locator('.action-widget'), ui.editor.locator('.view-lines')]);
      await ui.page.keyboard.press('Escape');
      await ui.quickFix(EXPECT.bucket.line, EXPECT.bucket.column, EXPECT.bucketFix);
      await ui.editor.locator('.view-lines', { hasText: 'AES256' }).waitFor();
      await ui.save();
      const problemGone = new RegExp(`${EXPECT.bucket.code}.*Ln ${EXPECT.bucket.line}\\b`);
      await until(`${EXPECT.bucket.code} to disappear`, noProblem(ui, problemGone));
      const after = fs.readFileSync(file, 'utf8');
      const doc = YAML.parseDocument(after);
      assert.deepEqual(doc.errors.map(String), [], 'the fixed file is valid YAML');
      const props = doc.toJS().Resources.LogsBucket.Properties;
      assert.equal(props.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm, 'AES256');
      // minimal edit: every original line is still there, in order
      const kept = after.split('\n');
      let at = 0;
      for (const line of before.split('\n')) {
        at = kept.indexOf(line, at);
        assert.ok(at >= 0, `line lost or changed by the fix: ${JSON.stringify(line)}`);
      }
    },
  },
  {
    name: 'suppress-for-resource',
    does: `the "suppress for this resource" action (with a reason) silences ${EXPECT.sg.code} and writes it into the template`,
    after: ['problems-panel-shows-rule-id'],
    async run({ ui, ws, page }) {
      await ui.openFile(EXPECT.template);
      const line = fs.readFileSync(path.join(ws, EXPECT.template), 'utf8').split('\n').findIndex((l) => l.includes('CidrIp: 0.0.0.0/0')) + 1;
      await ui.waitForSquiggle(line, { timeout: 20_000 });
      await ui.quickFix(line, EXPECT.sg.column, EXPECT.suppressLabel);
      // the reason may be asked for in an input box (the only bounded wait for something that may not come)
      const reason = page.locator('.quick-input-widget input');
      if (await reason.waitFor({ timeout: 3000 }).then(() => true, () => false)) {
        await reason.fill(EXPECT.suppressReason);
        await page.keyboard.press('Enter');
      } else {
        // or a placeholder reason is inserted and selected, for the person to type over
        await page.locator('.statusbar-item', { hasText: /selected\)/ }).waitFor({ timeout: 5000 });
        await page.keyboard.type(EXPECT.suppressReason);
      }
      await ui.crop(shot('suppress'), [ui.editor.locator('.view-lines')]);
      await ui.save();
      await until(`${EXPECT.sg.code} to disappear`, noProblem(ui, new RegExp(EXPECT.sg.code)));
      const after = fs.readFileSync(path.join(ws, EXPECT.template), 'utf8');
      assert.match(after, new RegExp(`${EXPECT.sg.code}|${EXPECT.sg.name}`), 'the suppression is recorded in the template');
      // the reason contains ": " on purpose: whatever the person types must stay valid YAML
      assert.deepEqual(YAML.parseDocument(after).errors.map(String), [], 'still valid YAML');
      assert.ok(after.includes(EXPECT.suppressReason.split(',')[0]), 'the reason is recorded');
    },
  },
  {
    name: 'scan-workspace-reports-unopened-file',
    does: `"${EXPECT.scanCommand}" puts findings of a file never opened (${EXPECT.unopenedFile}) in the Problems panel`,
    after: ['extension-activates'],
    async run({ ui }) {
      await ui.runCommand(EXPECT.scanCommand);
      await ui.waitForProblem(new RegExp(EXPECT.unopenedFile.replace('.', '\\.')), { timeout: 30_000 });
      await ui.waitForProblem(new RegExp(EXPECT.bucket.code));
      // the file was never opened: its tab must not exist
      assert.equal(await ui.page.locator('.tab', { hasText: EXPECT.unopenedFile }).count(), 0, `${EXPECT.unopenedFile} was opened`);
      await ui.crop(shot('scan-workspace'), [ui.page.locator('.part.panel'), ui.page.locator('.notifications-toasts .notification-toast')]);
    },
  },
  {
    name: 'findings-tree-view',
    does: `the "${EXPECT.findingsView}" tree view lists findings by file/resource`,
    after: ['extension-activates'],
    async run({ ui }) {
      const pane = await ui.openView(EXPECT.findingsView);
      await pane.locator('.monaco-list-row').first().waitFor();
      const rows = await pane.locator('.monaco-list-row').allInnerTexts();
      assert.ok(rows.some((r) => /insecure\.yaml|LogsBucket|SW\d{4}/.test(r)), `tree rows: ${JSON.stringify(rows)}`);
      // grouped by severity first: a group row with its count
      assert.ok(rows.some((r) => /^(Critical|High|Medium|Low|Info)\s*\d+$/m.test(r)), `no severity group row with a count: ${JSON.stringify(rows)}`);
      await ui.crop(shot('findings-view'), [ui.page.locator('.part.sidebar')]);
      // switch to "by file" from the view's title bar: the scanned, never-opened file has its own group
      // (a container with one view shows the view's actions in its own title bar, on hover)
      await ui.page.locator('.part.sidebar').hover();
      await ui.page.locator('.part.sidebar .action-label[aria-label="Group by File"]:visible').first().click();
      await pane.locator('.monaco-list-row[aria-level="1"]', { hasText: EXPECT.unopenedFile }).waitFor();
      await ui.crop(shot('findings-by-file'), [ui.page.locator('.part.sidebar')]);
      // rule documentation on hover of a finding
      const finding = pane.locator('.monaco-list-row', { hasText: EXPECT.bucket.code }).first();
      await finding.hover();
      await ui.page.locator('.workbench-hover, .monaco-hover:not(.hidden)', { hasText: EXPECT.hoverDoc }).first().waitFor();
      // click to reveal: opens the finding's file at its line
      await finding.click();
      await ui.page.locator('.tab.active', { hasText: /\.yaml/ }).waitFor();
    },
  },
  {
    name: 'status-bar-item',
    does: 'a Shieldwall status bar item is shown while a template is open',
    after: ['extension-activates'],
    async run({ ui }) {
      await ui.openFile(EXPECT.template);
      const item = await ui.statusBarItem(EXPECT.statusBar);
      assert.ok(item.text || item.label, JSON.stringify(item));
      // the active document's findings are counted (the template still has some after the fix and the suppression)
      const counted = await ui.statusBarItem(/Shieldwall: \d+/);
      await ui.crop(shot('status-bar'), [ui.page.locator('.statusbar-item', { hasText: counted.text })], { pad: 4 });
      // it opens the Findings view (from the Explorer)
      await ui.page.keyboard.press('Control+Shift+E');
      await ui.page.locator('.part.sidebar .composite.title', { hasText: /Explorer/i }).waitFor();
      await ui.page.locator('.statusbar-item', { hasText: counted.text }).click();
      await ui.page.locator('.part.sidebar .composite.title', { hasText: /Shieldwall/i }).waitFor();
    },
  },
  {
    name: 'cdk-finding-on-construct-line',
    does: `when a CDK app's cdk.out appears (as after \`cdk synth\`), opening ${EXPECT.cdk.source} shows ${EXPECT.cdk.code} on the line of ${EXPECT.cdk.construct}, naming ${EXPECT.cdk.constructPath} and the CDK fix`,
    after: ['extension-activates'],
    timeout: 90_000,
    async run({ ui, ws, page }) {
      // "cdk synth" into the open workspace: the server's cdk.out watcher must pick the app up (it was not there at start).
      const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/cdk-app');
      fs.cpSync(fixture, path.join(ws, EXPECT.cdk.app), { recursive: true });
      const file = path.join(ws, EXPECT.cdk.app, 'src', EXPECT.cdk.source);
      const line = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(EXPECT.cdk.construct)) + 1;
      assert.ok(line > 0, `${EXPECT.cdk.construct} not in ${file}`);
      // Quick Open may not know the just-copied files yet: retry.
      for (let i = 0; ; i++) {
        try {
          await ui.openFile(EXPECT.cdk.source);
          break;
        } catch (e) {
          if (i >= 2) throw e;
          await page.keyboard.press('Escape');
        }
      }
      await ui.waitForSquiggle(line, { timeout: 30_000 });
      // The hover over the squiggle lists the problems there (the Problems panel is crowded with the
      // fixture's "Cannot find module 'aws-cdk-lib'" errors: the copy has no node_modules).
      const column = fs.readFileSync(file, 'utf8').split('\n')[line - 1].indexOf(EXPECT.cdk.construct) + 1;
      const esc = (t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      await ui.hover(line, column + 4, { expect: [new RegExp(EXPECT.cdk.code), new RegExp(esc(EXPECT.cdk.constructPath)), new RegExp(esc(EXPECT.cdk.fix))], timeout: 20_000 });
    },
  },
  {
    name: 'cdk-show-in-synthesized-template',
    does: `on the construct line of ${EXPECT.cdk.source}, the code action "${EXPECT.cdk.showTemplate}" opens ${EXPECT.cdk.template}`,
    after: ['cdk-finding-on-construct-line'],
    timeout: 120_000,
    async run({ ui, ws, page }) {
      await ui.openFile(EXPECT.cdk.source);
      const lines = fs.readFileSync(path.join(ws, EXPECT.cdk.app, 'src', EXPECT.cdk.source), 'utf8').split('\n');
      const line = lines.findIndex((l) => l.includes(EXPECT.cdk.construct)) + 1;
      const column = lines[line - 1].indexOf(EXPECT.cdk.construct) + 5;
      // Ctrl+. waits for every provider: the TypeScript server may still be analysing the file (its imports
      // do not resolve in this workspace), and until then the menu says "No code actions available".
      await until(`"${EXPECT.cdk.showTemplate}" offered`, async () => {
        const labels = await ui.codeActions(line, column).catch(() => []);
        await page.keyboard.press('Escape');
        return labels.includes(EXPECT.cdk.showTemplate) || undefined;
      }, { timeout: 60_000 });
      await ui.quickFix(line, column, EXPECT.cdk.showTemplate);
      await page.locator('.tab.active', { hasText: EXPECT.cdk.template }).waitFor({ timeout: 15_000 });
    },
  },
];
