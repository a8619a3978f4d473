import * as assert from 'node:assert/strict';
import picomatch from 'picomatch/posix';
import { compileGlob, type CompiledGlob } from '../../../src/core/base/glob';
import { GlobSet, globMatches } from '../../../src/core/base/globMatch';
import { isSafeWorkspacePath } from '../../../src/core/base/workspacePath';
import { seededRandom } from '../../support/random';
import { at } from '../../support/defined';

function compiled(source: string): CompiledGlob {
  const result = compileGlob(source);
  if (!result.ok) throw new Error(`${source}: ${result.reason.en}`);
  return result.glob;
}

function globSet(...sources: string[]): GlobSet {
  return new GlobSet(sources.map(compiled));
}

describe('posts globs', () => {
  const MATCHES: Array<[string, string, boolean]> = [
    ['posts/**/*.md', 'posts/a.md', true],
    ['posts/**/*.md', 'posts/2026-11/a.md', true],
    ['posts/**/*.md', 'posts/2026/11/23/a.md', true],
    ['posts/**/*.md', 'posts/a.txt', false],
    ['posts/**/*.md', 'other/a.md', false],
    ['posts/**/*.md', 'posts/.hidden.md', false],
    ['posts/**/*.md', 'posts/.drafts/a.md', false],
    ['posts/.drafts/*.md', 'posts/.drafts/a.md', true],
    ['posts/*.md', 'posts/2026-11/a.md', false],
    ['posts/2026-??/*.md', 'posts/2026-11/a.md', true],
    ['posts/2026-??/*.md', 'posts/2026-1/a.md', false],
    ['posts/[0-9]*.md', 'posts/2026-a.md', true],
    ['posts/[!0-9]*.md', 'posts/2026-a.md', false],
    ['posts/[^0-9]*.md', 'posts/a.md', true],
    ['posts/{wechat,qq}/*.md', 'posts/qq/a.md', true],
    ['posts/{wechat,qq}/*.md', 'posts/wecom/a.md', false],
    ['posts/{a,b{c,d}}/*.md', 'posts/bd/x.md', true],
    ['**/*.md', 'a.md', true],
    ['**/*.md', 'deep/er/a.md', true],
    ['posts/**', 'posts/a/b.md', true],
    ['posts/a**b.md', 'posts/axyb.md', true],
    ['posts/*', 'posts/群公告.md', true],
    ['posts/?.md', 'posts/群.md', true],
    ['posts/?.md', 'posts/😀.md', true],
    ['posts/**/**/*.md', 'posts/a.md', true],
  ];
  for (const [glob, path, expected] of MATCHES) {
    it(`${glob} ${expected ? 'selects' : 'leaves'} ${path}`, () => assert.equal(globMatches(compiled(glob), path), expected));
  }

  it('excludes with a leading !, and does not walk into a folder an exclusion takes whole', () => {
    const set = globSet('posts/**/*.md', '!posts/drafts/**');
    assert.equal(set.matches('posts/a.md'), true);
    assert.equal(set.matches('posts/drafts/wip.md'), false);
    assert.equal(set.mayContain('posts'), true);
    assert.equal(set.mayContain('posts/2026-11'), true);
    assert.equal(set.mayContain('posts/drafts'), false);
    assert.equal(set.mayContain('notes'), false);
  });

  const REFUSED: Array<[string, RegExp]> = [
    ['../elsewhere/**/*.md', /outside the workspace/],
    ['posts/../../x/*.md', /outside the workspace/],
    ['posts/{a,..}/*.md', /outside the workspace/],
    ['posts/.. /*.md', /outside the workspace/],
    ['/etc/*.md', /absolute path/],
    ['C:/posts/*.md', /absolute path/],
    ['posts\\a\\*.md', /backslashes/],
    ['posts//a.md', /empty segment/],
    ['./posts/*.md', /"\." segment/],
    ['posts/@(a|a*)b.md', /extglobs/],
    ['posts/+(a)/*.md', /extglobs/],
    ['posts/{1..9}.md', /brace ranges/],
    ['posts/{a,b.md', /unclosed/],
    ['posts/[a-z.md', /unclosed/],
    ['posts/[[:digit:]].md', /POSIX/],
    [`posts/${'{a,b}'.repeat(8)}.md`, /more than 64/],
    [`posts/${'a'.repeat(600)}`, /longer than/],
    ['posts/a\u0000.md', /control/],
  ];
  for (const [glob, reason] of REFUSED) {
    it(`refuses ${JSON.stringify(glob.slice(0, 40))} and says why`, () => {
      const result = compileGlob(glob);
      assert.equal(result.ok, false);
      if (!result.ok) {
        assert.match(result.reason.en, reason);
        assert.notEqual(result.reason['zh-CN'], result.reason.en);
      }
    });
  }

  it('matches in time linear in the name, where a backtracking matcher takes exponential time', function () {
    // picomatch's regex for this pattern on a 250-character name runs for minutes; here it is a handful of steps
    this.timeout(10_000);
    const glob = compiled(`posts/${'*a'.repeat(30)}*b.md`);
    const name = `posts/${'a'.repeat(250)}`;
    for (let run = 0; run < 1000; run++) assert.equal(globMatches(glob, name), false);
    assert.equal(globMatches(glob, `posts/${'a'.repeat(60)}b.md`), true);
  });

  // picomatch reads [!a] as the class of "!" and "a"; we follow POSIX (a negation, like [^a]): the generator uses [^a]
  it('agrees with picomatch (the matcher used before) on random patterns and paths', function () {
    // 4 000 pattern/path pairs take about a second; the budget leaves room for a loaded machine
    this.timeout(20_000);
    const random = seededRandom(20261203);
    const pick = <T>(items: readonly T[]): T => at(items, Math.floor(random() * items.length));
    const names = ['a', 'b', 'ab', 'ba', 'aa', 'aba', 'a.md', 'b.md', 'ab.md', '.a.md', '.x', 'x1.md', '2026-11', '2026-12', 'z9'];
    // with prefix-and-suffix segments whose ends overlap on short names (a*a on "a", ab*ba on "aba")
    const patternSegments = ['*', '**', '*.md', 'a*', '*b*', '?', '?.md', 'a?.md', '[ab]*', '[^a]*.md', '2026-??', '{a,b}.md', '{a,x1}*', '.*', 'a', 'ab.md', '*-1?', '[0-9]*', 'a*a', 'ab*ba', '.a*'];
    let compared = 0;
    for (let index = 0; index < 4000; index++) {
      const pattern = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(patternSegments)).join('/');
      const path = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(names)).join('/');
      // picomatch lets a trailing /** match its parent itself, but only for some parents (a/** takes a, a*/** does not
      // take a); ours always does, and the pairs where the trailing /** would take no segment are left out
      if (pattern.endsWith('/**') && globMatches(compiled(pattern.slice(0, -'/**'.length)), path)) continue;
      // and it lets a bracket class take a name's leading dot, which POSIX (and we) leave to an explicit "."
      if (pattern.includes('[') && /(^|\/)\./.test(path)) continue;
      const expected = picomatch(pattern)(path);
      assert.equal(globMatches(compiled(pattern), path), expected, `${pattern} on ${path}`);
      compared++;
    }
    assert.ok(compared > 3000, `${compared} pairs compared`);
  });
});

describe('workspace paths', () => {
  const CASES: Array<[string, boolean]> = [
    ['posts/a.md', true],
    ['posts/2026-11/辅食.md', true],
    ['community.yaml', true],
    ['posts/..hidden.md', true],
    ['', false],
    ['../x.md', false],
    ['posts/../../x.md', false],
    ['posts/./a.md', false],
    ['posts//a.md', false],
    ['/etc/passwd', false],
    ['posts/a\\..\\..\\x.md', false],
    ['C:/x.md', false],
    ['c:x.md', false],
    ['posts/.. /x.md', false],
    ['posts/.../x.md', false],
    ['posts/a\u0000.md', false],
  ];
  for (const [path, safe] of CASES) it(`${JSON.stringify(path)} is ${safe ? '' : 'not '}safe`, () => assert.equal(isSafeWorkspacePath(path), safe));
});
