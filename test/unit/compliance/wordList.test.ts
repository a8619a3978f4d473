import * as assert from 'node:assert/strict';
import { parseWordList, resolveListPath } from '../../../src/core/compliance/wordList';
import { loadConfig } from '../../../src/core/config/load';
import { attachWordLists } from '../../../src/core/config/wordLists';
import { diagnosticMessage } from '../../../src/core/session/diagnostics';
import { createEnvironment, evaluatePost } from '../../../src/core/rules/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import type { Config } from '../../../src/core/model/config';
import type { PostListing, WorkspaceHost } from '../../../src/core/session/host';
import { WorkspaceSession } from '../../../src/core/session/session';
import { BASE_CONFIG } from '../../support/ruleTester';

const POST = '---\ntitle: 通知\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical\n---\n今天秒杀，神药到货。\n';

/** A workspace linted as the CLI and the extension do: community.yaml, then the lists it names, then the posts. */
function lint(configText: string, files: Record<string, string>): { config: Config; found: string[] } {
  const config = loadConfig('community.yaml', configText);
  attachWordLists(config, new Map(Object.entries(files)));
  const index = new WorkspaceIndex(createEnvironment(config, Date.parse('2026-11-20T01:00:00Z')));
  index.load(Object.entries(files).filter(([path]) => path.endsWith('.md')).map(([path, text]) => evaluatePost(path, text, createEnvironment(config, 0))));
  const found = index.files().flatMap((file) => index.diagnosticsFor(file).filter((diagnostic) => diagnostic.ruleId === 'banned-words' || diagnostic.ruleId === 'config'))
    .map((diagnostic) => `${diagnostic.file}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}-${diagnostic.range.end.character + 1} ${diagnostic.severity} ${diagnosticMessage(diagnostic, 'en')}`);
  return { config, found };
}

const withLists = (lists: string) => `${BASE_CONFIG}rules:\n  banned-words: { lists: [${lists}] }\n`;

describe('word list files', () => {
  it('reads terms, suggestions and reasons; skips blank and comment lines; C# is a term, "# why" a reason', () => {
    const list = parseWordList('brand.txt', '# brand words\n\n秒杀 => 限时优惠   # not a flash sale\r\n神药\nC#\n  拼团=>团购  \n');
    assert.deepEqual(list.terms, [
      { term: '秒杀', suggestion: '限时优惠', list: 'brand.txt' },
      { term: '神药', list: 'brand.txt' },
      { term: 'C#', list: 'brand.txt' },
      { term: '拼团', suggestion: '团购', list: 'brand.txt' },
    ]);
    assert.deepEqual(list.problems, []);
  });

  it('reports each bad line at that line and leaves it out; a repeated term is a warning', () => {
    const list = parseWordList('brand.txt', '好 => 很好\n=> 没有词\n秒杀 =>   # 没写建议\na => b => c\n好\n');
    assert.deepEqual(list.terms.map((entry) => entry.term), ['好']);
    assert.deepEqual(list.problems.map((problem) => [list.source.rangeOf(problem.span).start.line + 1, problem.severity, problem.messageId]), [
      [2, 'error', 'listEmptyTerm'],
      [3, 'error', 'listEmptySuggestion'],
      [4, 'error', 'listTwoArrows'],
      [5, 'warning', 'listDuplicate'],
    ]);
  });

  it('resolves list paths from community.yaml\'s folder and refuses any that leave the workspace', () => {
    assert.equal(resolveListPath('community.yaml', './compliance/brand.txt'), 'compliance/brand.txt');
    assert.equal(resolveListPath('team/community.yaml', '../shared/x.txt'), 'shared/x.txt');
    for (const unsafe of ['../x.txt', '/etc/passwd', 'a/../../x.txt', 'C:/x.txt', 'a\\b.txt', '.', 'x/..']) assert.equal(resolveListPath('community.yaml', unsafe), undefined, unsafe);
  });

  it('finds list terms in posts, named by their list, with the list\'s suggestion as a fix', () => {
    const { found } = lint(withLists('./compliance/brand.txt'), { 'compliance/brand.txt': '秒杀 => 限时优惠\n神药\n', 'posts/a.md': POST });
    assert.deepEqual(found, [
      'posts/a.md:7:3-5 error "秒杀" is on the team\'s word list compliance/brand.txt; consider "限时优惠"',
      'posts/a.md:7:6-8 error "神药" is on the team\'s word list compliance/brand.txt',
    ]);
  });

  it('puts a list\'s bad lines in the list file, which then has results like community.yaml', () => {
    const { found } = lint(withLists('brand.txt'), { 'brand.txt': '神药\n=> 空\n', 'posts/a.md': POST });
    assert.deepEqual(found, ['brand.txt:2:1-5 error No term before "=>" (line ignored)', 'posts/a.md:7:6-8 error "神药" is on the team\'s word list brand.txt']);
  });

  it('reports a missing or unsafe list at its spot in community.yaml', () => {
    const { found } = lint(withLists('missing.txt, ../outside.txt'), { 'posts/a.md': POST });
    const line = withLists('').split('\n').length - 1;
    assert.deepEqual(found, [
      `community.yaml:${line}:27-38 error Word list "missing.txt" does not exist`,
      `community.yaml:${line}:40-54 error Word list "../outside.txt" is refused: it must be a file inside the workspace folder, relative to community.yaml`,
    ]);
  });

  it('adds up the lists of every cascade level', () => {
    const config = BASE_CONFIG.replace('    admins: [小李, 小王]\n', '    admins: [小李, 小王]\n    rules:\n      banned-words: { lists: [b.txt] }\n') + 'rules:\n  banned-words: { lists: [a.txt] }\n';
    const { found } = lint(config, { 'a.txt': '秒杀\n', 'b.txt': '神药\n', 'posts/a.md': POST });
    assert.deepEqual(found.map((line) => line.split(' error ')[1]), ['"秒杀" is on the team\'s word list a.txt', '"神药" is on the team\'s word list b.txt']);
  });

  it('re-checks every post when a list changes in a session (the editor)', async () => {
    const files = new Map([['community.yaml', withLists('brand.txt')], ['brand.txt', '秒杀\n'], ['posts/a.md', POST]]);
    const host: WorkspaceHost = {
      readFile: async (path: string) => files.get(path),
      listPosts: async (config: Config): Promise<PostListing> => ({ files: [...files.keys()].filter((path) => config.postSelection.matches(path)), skipped: [] }),
    };
    const session = new WorkspaceSession(host, 'community.yaml', () => Date.parse('2026-11-20T01:00:00Z'));
    await session.load();
    const terms = () => session.diagnosticsFor('posts/a.md').filter((diagnostic) => diagnostic.ruleId === 'banned-words').map((diagnostic) => diagnostic.data.term);
    assert.deepEqual(terms(), ['秒杀']);
    assert.equal(session.isWordList('brand.txt'), true);
    const changed = await session.setWordListContent('brand.txt', '神药\n=>\n');
    assert.ok(changed.has('posts/a.md') && changed.has('brand.txt'));
    assert.deepEqual(terms(), ['神药']);
    assert.equal(session.diagnosticsFor('brand.txt').length, 1);
    assert.deepEqual([...(await session.setWordListContent('other.txt', 'x'))], [], 'a file no config names is not a list');
  });
});
