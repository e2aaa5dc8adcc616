#!/usr/bin/env node
// Bundles the extension client, the language server and the CLI with esbuild into dist/.
// The .vsix ships dist/ only (no node_modules), so everything the code needs at run time is bundled.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
  // jsonc-parser's UMD build hides its requires from bundlers; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};
await Promise.all([
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  // The account scan (AWS SDK) is its own bundle, required lazily by the CLI and the server.
  build({ ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist', external: ['./account'] }),
  build({ ...common, entryPoints: { account: 'server/src/account/index.ts' }, outdir: 'dist' }),
]);
