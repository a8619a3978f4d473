import * as assert from 'node:assert/strict';
import { moveOccurrence, moveSeries } from '../../../src/core/editor/seriesMove';
import { TimeZone } from '../../../src/core/time/zone';

const shanghai = TimeZone.named('Asia/Shanghai') as TimeZone;

function series(repeat: string): string {
  return `---\ntitle: 每日打卡 # 打卡\ngroup: mom-vip\npublish: "2026-12-01 08:30"\ntype: interactive\nrepeat:\n${repeat}status: draft\n---\n今天打卡了吗？\n`;
}

const STANDALONE = '---\ntitle: 每日打卡 # 打卡\ngroup: mom-vip\npublish: "2026-12-04 09:15"\ntype: interactive\nstatus: draft\n---\n今天打卡了吗？\n';

const EXCEPT_STYLES: Array<{ name: string; repeat: string; after: string }> = [
  { name: 'no except yet: a new key beside the others', repeat: '  every: day\n  count: 5\n', after: '  every: day\n  count: 5\n  except: [2026-12-03]\n' },
  { name: 'a flow list', repeat: '  every: day\n  except: [2026-12-02]  # 假期\n  count: 5\n', after: '  every: day\n  except: [2026-12-02, 2026-12-03]  # 假期\n  count: 5\n' },
  { name: 'a block list', repeat: '  every: day\n  count: 5\n  except:\n    - 2026-12-02\n', after: '  every: day\n  count: 5\n  except:\n    - 2026-12-02\n    - 2026-12-03\n' },
  { name: 'a single date', repeat: '  every: day\n  count: 5\n  except: 2026-12-02\n', after: '  every: day\n  count: 5\n  except: [2026-12-02, 2026-12-03]\n' },
  { name: 'a flow mapping', repeat: '  { every: day, count: 5 }\n', after: '  { every: day, count: 5, except: [2026-12-03] }\n' },
];

describe('moving series occurrences', () => {
  for (const style of EXCEPT_STYLES) {
    it(`"this one" adds the date to except in its style (${style.name}) and writes a standalone post`, () => {
      const result = moveOccurrence('posts/daily.md', series(style.repeat), '2026-12-03', { date: '2026-12-04', time: '09:15' }, shanghai, () => false);
      assert.ok(result.ok, JSON.stringify(result));
      const text = series(style.repeat);
      assert.equal(text.slice(0, result.seriesEdit.span.start) + result.seriesEdit.newText + text.slice(result.seriesEdit.span.end), series(style.after));
      assert.deepEqual(result.post, { path: 'posts/daily-2026-12-04.md', text: STANDALONE });
    });
  }

  it('"this one" takes the next free name and never an excepted date', () => {
    const taken = new Set(['posts/daily-2026-12-04.md', 'posts/daily-2026-12-04-2.md']);
    const result = moveOccurrence('posts/daily.md', series('  every: day\n  count: 5\n'), '2026-12-03', { date: '2026-12-04' }, shanghai, (path) => taken.has(path));
    assert.ok(result.ok);
    assert.equal(result.post.path, 'posts/daily-2026-12-04-3.md');
    assert.ok(result.post.text.includes('publish: "2026-12-04 08:30"'));
    assert.deepEqual(moveOccurrence('posts/daily.md', series('  every: day\n  count: 5\n  except: [2026-12-03]\n'), '2026-12-03', { date: '2026-12-04' }, shanghai, () => false), { ok: false, reason: 'notOccurrence' });
    assert.deepEqual(moveOccurrence('posts/daily.md', STANDALONE, '2026-12-03', { date: '2026-12-04' }, shanghai, () => false), { ok: false, reason: 'noSeries' });
  });

  it('"the whole series" shifts publish by the days and to the time it was dragged', () => {
    const result = moveSeries(series('  every: day\n  count: 5\n'), '2026-12-03', { date: '2026-12-05', time: '10:00' }, shanghai);
    assert.ok(result.ok);
    assert.equal(result.value, '2026-12-03 10:00');
  });

  it('"the whole series" with on written moves only the time of day', () => {
    assert.deepEqual(moveSeries(series('  every: week\n  on: [tue, thu]\n  count: 5\n'), '2026-12-03', { date: '2026-12-04' }, shanghai), { ok: false, reason: 'onDays' });
    const result = moveSeries(series('  every: week\n  on: [tue, thu]\n  count: 5\n'), '2026-12-03', { date: '2026-12-03', time: '07:00' }, shanghai);
    assert.ok(result.ok);
    assert.equal(result.value, '2026-12-01 07:00');
  });
});
