import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ccal } from './run';
import { at } from '../support/defined';

const GOOD = '---\ntitle: 早安\ngroup: g\npublish: 2026-11-25 09:00\ntype: notice\nstatus: approved\n---\n早上好\n';

/** Files nobody should write but somebody will; each must get a precise diagnostic or a stated skip. */
const CORPUS: Record<string, string | Buffer> = {
  'empty.md': '',
  'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  'huge.md': `${GOOD}${'这是一段很长的正文。'.repeat(170_000)}\n`,
  'no-front-matter.md': '# 标题\n\n正文\n',
  'unterminated.md': '---\ntitle: 早安\ngroup: g\n',
  'tabs.md': '---\ntitle: 早安\ntags:\n\t- a\n---\n',
  'duplicate-keys.md': '---\ntitle: a\ntitle: b\ngroup: g\npublish: 2026-11-25 09:00\ntype: notice\n---\n',
  'deep.md': `---\ntitle: ${'['.repeat(5000)}\n---\n`,
  'gbk.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]),
  'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('---\ntitle: a\n---\n', 'utf16le')]),
  'bom.md': `\ufeff${GOOD}`,
  'crlf.md': GOOD.replace(/\n/g, '\r\n'),
  'unknown-fields.md': GOOD.replace('status: approved', 'status: approved\ncover: { src: a.png, alt: [1, 2] }\nx-internal: true'),
  'aliases.md': '---\ntitle: &t 早安\ngroup: g\npublish: 2026-11-25 09:00\ntype: notice\nstatus: approved\nsubtitle: *t\n---\n',
};

const EXPECTED: Record<string, string[]> = {
  'empty.md': ['front-matter 1:1 No front matter'],
  'binary.md': ['front-matter 1:1 File looks binary'],
  'huge.md': [],
  'no-front-matter.md': ['front-matter 1:1 No front matter'],
  'unterminated.md': ['front-matter 1:1 Front matter is not closed'],
  'tabs.md': ['front-matter 4:1 Front matter is not valid YAML: Tabs are not allowed as indentation'],
  'duplicate-keys.md': ['front-matter 3:1 Front matter is not valid YAML: Map keys must be unique'],
  'deep.md': ['front-matter 1:1 Front matter is nested too deeply to read'],
  'gbk.md': ['front-matter 1:1 File is not valid UTF-8'],
  'utf16.md': ['front-matter 1:1 File is UTF-16 encoded'],
  'bom.md': [],
  'crlf.md': [],
  'unknown-fields.md': [],
  'aliases.md': [],
};

/** A workspace holding the corpus, and `fillers` good posts besides. */
function corpusWorkspace(fillers: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-bad-input-'));
  fs.writeFileSync(path.join(dir, 'community.yaml'), 'groups:\n  - id: g\n    tier: regular\nrules:\n  posts-per-day: off\n  content-mix: off\n  ugc-per-month: off\n  min-gap: off\n  duplicate-content: off\n');
  fs.mkdirSync(path.join(dir, 'posts'));
  for (const [name, content] of Object.entries(CORPUS)) fs.writeFileSync(path.join(dir, 'posts', name), content);
  for (let index = 0; index < fillers; index++) fs.writeFileSync(path.join(dir, 'posts', `filler-${String(index).padStart(4, '0')}.md`), GOOD);
  return dir;
}

/** Lints the workspace and checks every corpus file's diagnostics, and that the fillers have none. */
function assertCorpusDiagnostics(dir: string, fillers: number): void {
  const run = ccal(['lint', dir, '-f', 'json', '--now', '2026-11-24T09:00']);
  assert.equal(run.stderr, '');
  assert.equal(run.status, 1);
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
  const found = Object.fromEntries(
    results.filter((result) => result.filePath.includes(`${path.sep}posts${path.sep}`)).map((result) => [path.basename(result.filePath), result.messages.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`)]),
  );
  for (const [name, expected] of Object.entries(EXPECTED)) {
    assert.equal(found[name]?.length, expected.length, `${name}: ${JSON.stringify(found[name])}`);
    expected.forEach((prefix, index) => assert.ok(found[name]?.[index]?.startsWith(prefix), `${name}: ${found[name]?.[index]}`));
  }
  const fillerResults = Object.entries(found).filter(([name]) => name.startsWith('filler-'));
  assert.equal(fillerResults.length, fillers);
  assert.deepEqual(fillerResults.filter(([, messages]) => messages.length > 0), []);
}

describe('ccal lint on a corpus of bad input', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives each file a precise diagnostic or none, and never crashes', () => {
    dirs.push(corpusWorkspace(0));
    assertCorpusDiagnostics(at(dirs, 0), 0);
  });

  // from 500 posts on, a second thread reads the files while the first checks them
  it('gives the same diagnostics in a workspace large enough to be read on a second thread', () => {
    dirs.push(corpusWorkspace(700));
    assertCorpusDiagnostics(at(dirs, 1), 700);
  });
});
