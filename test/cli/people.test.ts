import * as assert from 'node:assert/strict';
import { ccal } from './run';

const NOW = '2026-11-22T09:00';

describe('ccal lint with people (built binary)', () => {
  it('reports an unknown reviewer as an error with its fix, and self-review as a warning', () => {
    const run = ccal(['lint', 'test/fixtures/people', '--format', 'json', '--now', NOW]);
    assert.equal(run.status, 1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number; fix?: { text: string } }> }>;
    const review = results.flatMap((result) =>
      result.messages.filter((message) => message.ruleId === 'review').map((message) => `${result.filePath.split('/').pop()}:${message.line}:${message.column} ${message.severity} ${message.message}${message.fix ? ` → ${message.fix.text}` : ''}`),
    );
    assert.deepEqual(review, [
      '2026-11-25-longjing.md:8:11 2 Unknown person "xiaowagn" in reviewer; did you mean "xiaowang"? → xiaowang',
      '2026-11-26-baicha.md:8:11 1 "xiaowang" reviews their own post: the reviewer must not be the owner',
    ]);
  });

  it('keeps the unknown person under --quiet, which shows errors only', () => {
    const run = ccal(['lint', 'test/fixtures/people', '--quiet', '--now', NOW]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /8:11 {2}error {2}Unknown person "xiaowagn" in reviewer; did you mean "xiaowang"\? {2}review/);
    assert.doesNotMatch(run.stdout, /reviews their own post/);
  });
});
