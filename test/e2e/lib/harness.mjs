// Starts a real VS Code for one test run: code-server (installed by test/e2e/setup.sh into $HARNESS) with
// the extension installed from a .vsix, a copy of the fixture workspace, and headless Chromium driven by
// playwright-core. Everything code-server and Chromium write stays in a per-run directory under $HARNESS.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Settings that keep the workbench quiet and deterministic (no tips, no trust prompt, no auto save). */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.commandCenter.enabled': false,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'editor.hover.delay': 150,
  'files.autoSave': 'off',
  'git.enabled': false,
};

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/**
 * @param {object} o
 * @param {string} o.harness   folder prepared by setup.sh
 * @param {string} o.vsix      extension to install
 * @param {string} o.workspace fixture folder, copied so tests may edit and save files
 * @param {(msg: string) => void} o.log
 */
export async function startEditor({ harness, vsix, workspace, log }) {
  const codeServer = path.join(harness, 'cs/node_modules/.bin/code-server');
  const playwright = path.join(harness, 'e2e/node_modules/playwright-core/index.mjs');
  for (const f of [codeServer, playwright, '/usr/bin/chromium']) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: run bash test/e2e/setup.sh first`);
  }
  const { chromium } = await import(pathToFileURL(playwright).href);

  fs.mkdirSync(path.join(harness, 'runs'), { recursive: true });
  const run = fs.mkdtempSync(path.join(harness, 'runs', 'run-'));
  const dirs = { ud: `${run}/ud`, ext: `${run}/ext`, ws: `${run}/ws`, tmp: `${run}/tmp`, home: `${run}/home`, chrome: `${run}/chrome` };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.cpSync(workspace, dirs.ws, { recursive: true });
  fs.mkdirSync(`${dirs.ud}/User`, { recursive: true });
  fs.writeFileSync(`${dirs.ud}/User/settings.json`, JSON.stringify(USER_SETTINGS, null, 2));
  fs.writeFileSync(`${run}/config.yaml`, ''); // no password, nothing read from ~/.config
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: `${harness}/xdg/config`,
    XDG_DATA_HOME: `${harness}/xdg/data`,
    XDG_CACHE_HOME: `${harness}/xdg/cache`,
    TMPDIR: dirs.tmp,
    EXTENSIONS_GALLERY: '{}', // no marketplace lookups (no network)
  };

  const inst = spawnSync(codeServer, ['--user-data-dir', dirs.ud, '--extensions-dir', dirs.ext, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (inst.status !== 0 || !/successfully installed/i.test(inst.stdout)) {
    throw new Error(`installing ${vsix} failed:\n${inst.stdout}${inst.stderr}`);
  }
  log(`installed ${path.basename(vsix)}`);

  const port = await freePort();
  const serverLog = fs.openSync(`${run}/code-server.log`, 'w');
  const server = spawn(
    codeServer,
    ['--config', `${run}/config.yaml`, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
      '--user-data-dir', dirs.ud, '--extensions-dir', dirs.ext, dirs.ws],
    { env, detached: true, stdio: ['ignore', serverLog, serverLog] },
  );
  const serverExited = new Promise((resolve) => server.once('exit', resolve));
  // code-server was started detached: end its whole process group (extension host, language server), nothing else
  const killServer = (signal) => { try { process.kill(-server.pid, signal); } catch { /* already gone */ } };
  process.on('exit', () => killServer('SIGKILL'));
  for (let i = 0; ; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break; } catch { /* not up yet */ }
    if (i > 300) throw new Error(`code-server did not start, see ${run}/code-server.log`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`code-server up on port ${port}`);

  const browser = await chromium.launchPersistentContext(dirs.chrome, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...env, HOME: dirs.home }, // Chromium's ~/.config, ~/.pki stay in the run folder
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  browser.setDefaultTimeout(20_000);
  const page = browser.pages()[0] ?? (await browser.newPage());
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.ws)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // an explorer row proves the remote file system and the extension host connection are up
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  log('workbench ready');

  return {
    page,
    run,
    ws: dirs.ws,
    userData: dirs.ud,
    pageErrors,
    /** Text of every log file code-server wrote for this run (extension host logs included). */
    logs() {
      const out = [];
      const walk = (d) => {
        for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (e.name.endsWith('.log')) out.push({ file: path.relative(run, p), text: fs.readFileSync(p, 'utf8') });
        }
      };
      walk(`${dirs.ud}/logs`);
      out.push({ file: 'code-server.log', text: fs.readFileSync(`${run}/code-server.log`, 'utf8') });
      return out;
    },
    async stop({ keepRun }) {
      await browser.close().catch(() => {});
      killServer('SIGTERM'); // graceful takes 1-2 s; force after 5
      await Promise.race([serverExited, new Promise((r) => setTimeout(r, 5000))]);
      killServer('SIGKILL');
      if (!keepRun) fs.rmSync(run, { recursive: true, force: true });
    },
  };
}
