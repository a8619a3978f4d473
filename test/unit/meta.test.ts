import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { docsUrl, RULES } from '../../src/core/rules/registry';

const REPO = path.resolve(__dirname, '../../..');
const REQUIRED_HEADINGS = ['## What it checks', '## Why', '## Options', '## Examples', '## 中文说明'];
const read = (relative: string) => fs.readFileSync(path.join(REPO, relative), 'utf8');

describe('every rule is complete', () => {
  const readme = read('README.md');
  for (const rule of RULES) {
    const { id } = rule.meta;
    describe(id, () => {
      it('is a kebab-case id with English and Chinese text for its description and every message', () => {
        assert.match(id, /^[a-z]+(-[a-z]+)*$/);
        for (const text of [rule.meta.description, ...Object.values(rule.meta.messages)]) {
          assert.ok(text.en.trim().length > 0 && text['zh-CN'].trim().length > 0);
          assert.match(text['zh-CN'], /[\u4e00-\u9fff]/, `Chinese text for ${id}: ${text['zh-CN']}`);
        }
      });
      it('has a docs page with the required headings, in order, and a docs URL that points at it', () => {
        const page = read(`docs/rules/${id}.md`);
        assert.ok(page.startsWith(`# ${id}\n`));
        const positions = REQUIRED_HEADINGS.map((heading) => page.indexOf(`\n${heading}\n`));
        assert.ok(positions.every((position) => position > 0), `headings in docs/rules/${id}.md`);
        assert.deepEqual([...positions].sort((a, b) => a - b), positions);
        assert.match(page, new RegExp(`Default severity: \\*\\*${rule.meta.defaultSeverity}\\*\\*`));
        for (const option of Object.keys(rule.meta.options)) assert.ok(page.includes(`\`${option}\``), `option ${option} documented`);
        assert.ok(docsUrl(id).endsWith(`/docs/rules/${id}.md`));
      });
      it('has a test table', () => {
        assert.ok(fs.existsSync(path.join(REPO, `test/unit/rules/${id}.test.ts`)));
      });
      it('has a row in the README rule table and the docs index', () => {
        assert.match(readme, new RegExp(`\\| \\[${id}\\]\\(docs/rules/${id}\\.md\\) \\| ${rule.meta.scope} \\| ${rule.meta.defaultSeverity} \\| ${rule.meta.fixable ? 'yes' : 'no'} \\|`));
        assert.ok(read('docs/rules/README.md').includes(`[${id}](${id}.md)`));
      });
    });
  }
});
