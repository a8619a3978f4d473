import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { at } from '../support/defined';

const REPO = path.resolve(__dirname, '../../..');
const read = (relative: string) => fs.readFileSync(path.join(REPO, relative), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(REPO, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

describe('localisation', () => {
  it('translates every l10n.t string of the extension into Chinese', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json')) as Record<string, string>;
    const strings = new Set<string>();
    for (const file of sourceFiles('src/extension')) {
      // vscode.l10n.t follows only VS Code's display language: the extension's own l10n.t follows the locale setting
      assert.doesNotMatch(read(file), /vscode\.l10n\./, `${file} uses vscode.l10n, which ignores communityCalendar.locale`);
      // the strings are read from single-quoted literals: any other kind would go unchecked
      assert.doesNotMatch(read(file), /\bl10n\.t\(\s*["`]/, `${file} passes l10n.t a string this test cannot read`);
      for (const match of read(file).matchAll(/\bl10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(at(match, 1).replace(/\\'/g, "'").replace(/\\"/g, '"'));
    }
    assert.ok(strings.size > 10);
    for (const text of strings) assert.ok(bundle[text], `missing zh-cn translation: ${text}`);
    for (const key of Object.keys(bundle)) assert.ok(strings.has(key), `translation of a string no longer used: ${key}`);
  });

  it('gives every %placeholder% of package.json an English and a Chinese text', () => {
    const manifest = read('package.json');
    const english = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const chinese = JSON.parse(read('package.nls.zh-cn.json')) as Record<string, string>;
    const keys = new Set([...manifest.matchAll(/"%([\w.]+)%"/g)].map((match) => match[1] ?? ''));
    for (const key of keys) {
      assert.ok(english[key], `package.nls.json: ${key}`);
      assert.ok(chinese[key], `package.nls.zh-cn.json: ${key}`);
    }
    assert.deepEqual(Object.keys(english).sort(), [...keys].sort(), 'no unused package.nls.json keys');
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
  });

  it('registers every contributed command and implements it', () => {
    const manifest = JSON.parse(read('package.json')) as { contributes: { commands: Array<{ command: string }> } };
    const services = read('src/extension/services.ts');
    const ids = read('src/extension/ids.ts');
    // the activation shell registers every id of COMMANDS and hands the call to the services' implementation
    assert.match(read('src/extension/extension.ts'), /for \(const id of Object\.values\(COMMANDS\)[^)]*\)\s*\{\s*context\.subscriptions\.push\(vscode\.commands\.registerCommand\(id,/);
    for (const { command } of manifest.contributes.commands) {
      const constant = [...ids.matchAll(/(\w+): '([\w.]+)'/g)].find((match) => match[2] === command)?.[1];
      assert.ok(constant, `${command} has a constant in ids.ts`);
      assert.ok(services.includes(`[COMMANDS.${constant}]:`), `${command} is implemented in services.ts`);
    }
  });
});
