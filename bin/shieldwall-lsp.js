#!/usr/bin/env node
// The language server over stdio for any LSP client: `shieldwall-lsp --stdio`.
if (!process.argv.includes('--stdio') && !process.argv.includes('--node-ipc') && !process.argv.some((a) => a.startsWith('--socket'))) process.argv.push('--stdio');
require('../dist/server.js');
