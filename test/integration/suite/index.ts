// Entry point the extension host loads (the @vscode/test-electron `run()` contract): runs every suite with mocha,
// or in a folder opened in Restricted Mode (run.mjs --untrusted) the suite written for it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

const RESTRICTED_SUITE = 'restricted.test.js';

export function run(): Promise<void> {
  // CCAL_TEST_GREP: test/integration/run.mjs --grep, to run some of the tests while working on them
  const grep = process.env.CCAL_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, ...(grep ? { grep: new RegExp(grep) } : {}) });
  const restricted = process.env.CCAL_TEST_RESTRICTED === '1';
  for (const file of fs.readdirSync(__dirname).sort()) if (file.endsWith('.test.js') && (file === RESTRICTED_SUITE) === restricted) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
