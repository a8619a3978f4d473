import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assertOneLineError, ccal, FIXTURES } from './run';

const NOW = '2026-11-20T09:00';

describe('ccal lint with word list files', () => {
  it('reports list terms in posts and a list\'s bad line in the list file', () => {
    const run = ccal(['lint', '-f', 'json', '--now', NOW], { cwd: path.join(FIXTURES, 'word-lists') });
    assert.equal(run.status, 1, run.stderr);
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>).filter((file) => file.messages.length > 0);
    assert.deepEqual(
      files.map((file) => [path.relative(path.join(FIXTURES, 'word-lists'), file.filePath), file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`)]),
      [
        ['compliance/brand.txt', ['3:1 config No term before "=>" (line ignored)']],
        ['posts/2026-11/2026-11-23-formula.md', ['8:6 banned-words "秒杀" is on the team\'s word list compliance/brand.txt; consider "限时优惠"', '8:11 banned-words "母乳化" is a claim infant formula may not make (Measures for registration of infant formula milk powder recipes: forbidden label claims)']],
      ],
    );
  });

  it('stops with exit 2 and one line when a list does not exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ccal-lists-'));
    try {
      fs.writeFileSync(path.join(dir, 'community.yaml'), 'groups:\n  - id: g\nrules:\n  banned-words: { lists: [gone.txt] }\n');
      assertOneLineError(ccal(['lint', '--now', NOW], { cwd: dir }), /community\.yaml:4:27: Word list "gone\.txt" does not exist/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
