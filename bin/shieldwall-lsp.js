#!/usr/bin/env node
// The language server over stdio for any LSP client: `shieldwall-lsp --stdio`.
if (!process.argv.includes('--stdio') && !process.argv.includes('--node-ipc') && !process.argv.some((a) => a.startsWith('--socket'))) process.argv.push('--stdio');
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'server.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('shieldwall is not built yet: run `npm run build` in ' + path.join(__dirname, '..') + '\n');
  process.exit(2);
}
require(entry);
