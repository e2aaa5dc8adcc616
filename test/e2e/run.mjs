#!/usr/bin/env node
// End-to-end tests in a real VS Code: `npm run test:e2e` (runs setup.sh first).
//
//   node test/e2e/run.mjs [--only name,name] [--keep] [--self-test]
//   --self-test        test test/e2e/self-test/ (a stand-in that fulfils the contract) instead of the product:
//                      proves the runner and its helpers; every scenario must pass, pending or not
//   HARNESS=dir        where setup.sh installed code-server + playwright-core (default .harness/)
//   SHIELDWALL_VSIX=f  test this .vsix instead of running `npm run package`
//   E2E_STRICT=1       pending scenarios that fail count as failed (default: reported as skipped)
//
// Packages the extension, installs it into code-server, opens a copy of test/e2e/workspace/, then runs the
// scenarios of scenarios.mjs in order in that one window. Screenshots of every scenario go to
// .test-output/e2e/ (and code-server's logs too when something failed). Last line: "N passed, N failed, N skipped".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEditor } from './lib/harness.mjs';
import { packageSelfTest, packageVsix } from './lib/package-vsix.mjs';
import { setUntilTimeout, Ui } from './lib/ui.mjs';
import { scenarios } from './scenarios.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outDir = path.join(root, '.test-output/e2e');
const { values: opt } = parseArgs({ options: { only: { type: 'string' }, keep: { type: 'boolean', default: false }, 'self-test': { type: 'boolean', default: false } } });
const only = opt.only?.split(',').map((s) => s.trim());
const selfTest = opt['self-test'];
const strict = process.env.E2E_STRICT === '1' || selfTest;
const t0 = Date.now();
const log = (msg) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const { vsix, standIn } = selfTest ? packageSelfTest({ root, outDir }) : packageVsix({ root, outDir, log });
if (selfTest) log('SELF-TEST: testing the contract stand-in of test/e2e/self-test, not the product');
else if (standIn) log('NOTE: testing the declarative stand-in; scenarios that need the extension code will not pass');
const editor = await startEditor({
  harness: path.resolve(process.env.HARNESS ?? path.join(root, '.harness')),
  vsix,
  workspace: path.join(here, 'workspace'),
  log,
});
const { page } = editor;
const ui = new Ui(page);

const results = new Map(); // name -> 'passed' | 'failed' | 'skipped'
let n = 0;
for (const s of scenarios) {
  if (only && !only.includes(s.name)) continue;
  const shot = path.join(outDir, `${String(++n).padStart(2, '0')}-${s.name}.png`);
  const blocker = (s.after ?? []).find((a) => results.has(a) && results.get(a) !== 'passed');
  if (blocker) {
    results.set(s.name, s.pending && !strict ? 'skipped' : 'failed');
    log(`${s.pending && !strict ? 'SKIP' : 'FAIL'} ${s.name}: needs ${blocker}, which did not pass`);
    continue;
  }
  const started = Date.now();
  // a pending scenario is expected to fail: let its waits give up sooner
  const expectFailure = s.pending && !strict;
  page.setDefaultTimeout(expectFailure ? 8_000 : 20_000);
  setUntilTimeout(expectFailure ? 8_000 : 15_000);
  let error;
  try {
    let timer;
    await Promise.race([
      s.run({ ui, page, ws: editor.ws, editor }),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`scenario timed out after ${(s.timeout ?? 60_000) / 1000} s`)), s.timeout ?? 60_000); }),
    ]).finally(() => clearTimeout(timer));
  } catch (e) {
    error = e;
  }
  await page.screenshot({ path: shot }).catch(() => {});
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (!error) {
    results.set(s.name, 'passed');
    log(`PASS ${s.name} (${secs} s)${s.pending ? ' -- now passes: remove its `pending` line in scenarios.mjs' : ''}`);
  } else if (s.pending && !strict) {
    results.set(s.name, 'skipped');
    log(`SKIP ${s.name} (${secs} s): pending, ${s.pending}\n     ${s.does}\n     ${String(error.message).split('\n')[0]}`);
  } else {
    results.set(s.name, 'failed');
    log(`FAIL ${s.name} (${secs} s): ${s.does}\n${error.stack ?? error}\n     screenshot: ${path.relative(root, shot)}`);
  }
  // leave no menu, hover or quick input open for the next scenario
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape').catch(() => {});
}

const count = (state) => [...results.values()].filter((r) => r === state).length;
const failed = count('failed');
if (failed > 0 || opt.keep) {
  const logDir = path.join(outDir, 'logs');
  for (const l of editor.logs()) {
    fs.mkdirSync(path.dirname(path.join(logDir, l.file)), { recursive: true });
    fs.writeFileSync(path.join(logDir, l.file), l.text);
  }
  fs.writeFileSync(path.join(outDir, 'dom.html'), await page.content().catch((e) => String(e)));
  log(`logs and dom.html in ${path.relative(root, outDir)}`);
}
if (editor.pageErrors.length) log(`page errors: ${editor.pageErrors.slice(0, 5).join(' | ')}`);
await editor.stop({ keepRun: opt.keep });
log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(root, outDir)}/`);
console.log(`${count('passed')} passed, ${failed} failed, ${count('skipped')} skipped`);
process.exit(failed > 0 ? 1 : 0);
