#!/usr/bin/env node
// Grammar tests: `npm run test:grammar`.
// 1. Every grammar that package.json contributes exists, is valid JSON, declares the contributed scopeName,
//    and an injected grammar has an injectionSelector.
// 2. vscode-tmgrammar-test runs the scope assertions in test/grammar/*.test.* against VS Code 1.100's own
//    YAML and JSON grammars (vendored in host/) with our injections applied as package.json declares them.
//    Every rule of ours is reached by at least one assertion. (A separate regex compile check is not possible
//    here: vscode-oniguruma does not report a pattern that fails to compile, it just never matches.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);

const problems = [];
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const grammars = pkg.contributes?.grammars ?? [];
if (grammars.length === 0) problems.push('package.json contributes no grammars');

for (const g of grammars) {
  const file = path.join(root, g.path);
  let grammar;
  try { grammar = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { problems.push(`${g.path}: ${e.message}`); continue; }
  if (grammar.scopeName !== g.scopeName) problems.push(`${g.path}: scopeName ${grammar.scopeName} != package.json ${g.scopeName}`);
  if (g.injectTo && !grammar.injectionSelector) problems.push(`${g.path}: injected but has no injectionSelector`);
}
for (const p of problems) console.error(`grammar check: ${p}`);
console.log(`grammar check: ${grammars.length} contributed grammars, ${problems.length} problems`);

const host = path.join(here, 'host');
const args = fs.readdirSync(host).filter((f) => f.endsWith('.tmLanguage.json')).flatMap((f) => ['-g', path.join(host, f)]);
const cases = fs.readdirSync(here).filter((f) => /\.test\.\w+$/.test(f)).map((f) => path.join(here, f));
const bin = path.join(path.dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
const r = spawnSync(process.execPath, [bin, '--config', path.join(root, 'package.json'), ...args, ...cases], { encoding: 'utf8', cwd: root });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr.split('\n').filter((l) => !/Unknown user config/.test(l)).join('\n'));
const passed = (r.stdout.match(/^✓/gm) ?? []).length;
const failed = cases.length - passed + (problems.length ? 1 : 0);
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && r.status === 0 ? 0 : 1);
