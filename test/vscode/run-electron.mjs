#!/usr/bin/env node
// Runs the integration suite (test/vscode/index.js) in a downloaded VS Code with @vscode/test-electron:
// `npm run test:vscode`. Needs network access to update.code.visualstudio.com (and a display or xvfb-run
// on Linux). Where VS Code cannot be downloaded, run the same suite in code-server's extension host:
// `npm run test:vscode:code-server`.
//   VSCODE_VERSION=1.100.3 (default; engines.vscode must accept it)   ITEST_GREP, ITEST_STRICT: see index.js
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'shieldwall-itest-'));
fs.cpSync(path.join(root, 'test/e2e/workspace'), workspace, { recursive: true });

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(here, 'index.js'),
    // only the extension under development; a fresh profile
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  console.log('integration suite passed');
} catch (e) {
  console.error(`integration suite failed: ${e?.message ?? e}`);
  if (/ENOTFOUND|ECONNREFUSED|EAI_AGAIN|getaddrinfo|fetch failed|download/i.test(String(e?.message ?? e))) {
    console.error('VS Code could not be downloaded here; run `npm run test:vscode:code-server` instead.');
  }
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
