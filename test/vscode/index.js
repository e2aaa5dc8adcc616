// Entry point of the integration suite, in the shape @vscode/test-electron expects: run() returns a Promise
// and is executed inside the extension host (the full `vscode` API is available to the tests). Loaded by
// run-electron.mjs (a downloaded VS Code) or run-in-code-server.mjs (code-server's extension host).
//   ITEST_GREP=pattern   run only the matching tests
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (process.env.ITEST_GREP) mocha.grep(process.env.ITEST_GREP);
  const dir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve()));
  });
};
