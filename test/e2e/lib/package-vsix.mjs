// The .vsix under test: $SHIELDWALL_VSIX if set, else what `npm run package` produces (shieldwall.vsix).
// If packaging fails (the build is not complete yet), a declarative stand-in is packaged instead from the
// files that exist: package.json without its entry point plus syntaxes/. It installs, contributes the
// grammars and settings, and never activates, so scenarios that need the extension fail honestly.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** @returns {{ vsix: string, standIn: boolean, why?: string }} */
export function packageVsix({ root, outDir, log }) {
  if (process.env.SHIELDWALL_VSIX) {
    const given = path.resolve(process.env.SHIELDWALL_VSIX);
    if (!fs.existsSync(given)) throw new Error(`SHIELDWALL_VSIX=${given} does not exist`);
    return { vsix: given, standIn: false };
  }
  const vsix = path.join(root, 'shieldwall.vsix');
  const started = Date.now();
  fs.rmSync(vsix, { force: true });
  const r = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status === 0 && fs.existsSync(vsix)) {
    log(`npm run package: ${path.relative(root, vsix)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { vsix, standIn: false };
  }
  const output = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim() && !/Unknown user config/.test(l));
  const why = output.slice(-8).join('\n');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'package.log'), output.join('\n'));
  log(`npm run package failed (exit ${r.status}); packaging a declarative stand-in instead. Last lines:\n${why}`);

  const stage = path.join(outDir, 'stand-in');
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const k of ['main', 'browser', 'activationEvents', 'scripts', 'bin', 'dependencies', 'devDependencies']) delete pkg[k];
  // only contributions that need no code (commands, views and menus would imply activation events)
  const { grammars, configurationDefaults, configuration, languages } = pkg.contributes ?? {};
  pkg.contributes = { grammars, configurationDefaults, configuration, languages };
  pkg.description = `${pkg.description ?? ''} (e2e stand-in: grammars and settings only)`;
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
  fs.cpSync(path.join(root, 'syntaxes'), path.join(stage, 'syntaxes'), { recursive: true });
  fs.copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));
  fs.writeFileSync(path.join(stage, 'README.md'), '# Shieldwall (end-to-end stand-in)\n\nBuilt by test/e2e because `npm run package` failed.\n');
  return { vsix: vscePackage(root, stage, path.join(outDir, 'shieldwall-stand-in.vsix')), standIn: true, why };
}

/**
 * The self-test extension (test/e2e/self-test/) with the project's grammars and settings: it fulfils the
 * scenarios' contract, so every scenario must pass against it (`run.mjs --self-test`).
 */
export function packageSelfTest({ root, outDir }) {
  const src = path.join(root, 'test/e2e/self-test');
  const stage = path.join(outDir, 'self-test-stage');
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8'));
  const project = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  pkg.contributes.grammars = project.contributes?.grammars ?? [];
  pkg.contributes.configurationDefaults = project.contributes?.configurationDefaults ?? {};
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
  fs.copyFileSync(path.join(src, 'extension.js'), path.join(stage, 'extension.js'));
  fs.cpSync(path.join(root, 'syntaxes'), path.join(stage, 'syntaxes'), { recursive: true });
  fs.copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));
  fs.writeFileSync(path.join(stage, 'README.md'), '# Shieldwall e2e self-test stand-in\n');
  return { vsix: vscePackage(root, stage, path.join(outDir, 'self-test.vsix')), standIn: true };
}

function vscePackage(root, stage, out) {
  const vsce = path.join(root, 'node_modules/.bin/vsce');
  const p = spawnSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '-o', out], { cwd: stage, encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`vsce package in ${stage} failed:\n${p.stdout}${p.stderr}`);
  return out;
}
