import * as assert from 'node:assert/strict';
import { addDaysToKey } from '../../../src/core/time/dates';
import { keyDatesBetween, solarOfLunar } from '../../../src/core/time/keyDates';
import { hasOfficialSchedule, officialDaysBetween } from '../../../src/core/time/officialDays';

// The State Council notices (国务院办公厅关于…部分节假日安排的通知): days off as written (a range includes its weekend
// days) and the make-up working days (调休上班).
const NOTICES: Record<number, { off: string[]; work: string[] }> = {
  2024: {
    off: ['01-01', '02-10..02-17', '04-04..04-06', '05-01..05-05', '06-10', '09-15..09-17', '10-01..10-07'],
    work: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  2025: {
    off: ['01-01', '01-28..02-04', '04-04..04-06', '05-01..05-05', '05-31..06-02', '10-01..10-08'],
    work: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  2026: {
    off: ['01-01..01-03', '02-15..02-23', '04-04..04-06', '05-01..05-05', '06-19..06-21', '09-25..09-27', '10-01..10-07'],
    work: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

// 春节, 元宵, 端午, 七夕, 中秋, 重阳 (the official lunar calendar of the Purple Mountain Observatory).
const LUNAR_FESTIVALS: Record<number, string[]> = {
  2024: ['02-10', '02-24', '06-10', '08-10', '09-17', '10-11'],
  2025: ['01-29', '02-12', '05-31', '08-29', '10-06', '10-29'],
  2026: ['02-17', '03-03', '06-19', '08-19', '09-25', '10-18'],
  2027: ['02-06', '02-20', '06-09', '08-08', '09-15', '10-08'],
};
const FESTIVAL_NAMES = ['春节', '元宵节', '端午节', '七夕', '中秋节', '重阳节'];
const FESTIVAL_LUNAR_DAYS: ReadonlyArray<readonly [number, number]> = [[1, 1], [1, 15], [5, 5], [7, 7], [8, 15], [9, 9]];

function expand(year: number, range: string): string[] {
  const [first, last = first] = range.split('..').map((monthDay) => `${year}-${monthDay}`);
  assert.ok(first && last);
  const days: string[] = [];
  for (let day = first; day <= last; day = addDaysToKey(day, 1)) days.push(day);
  return days;
}

/** Runs `body` with the process in another time zone (Node reads TZ again when it changes). */
function inTimeZone<T>(zone: string, body: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('official holidays (chinese-days data)', () => {
  for (const [year, notice] of Object.entries(NOTICES)) {
    it(`matches the State Council notice for ${year}: days off and 调休 working days`, () => {
      const days = officialDaysBetween(`${year}-01-01`, `${year}-12-31`, []);
      assert.deepEqual(days.filter((day) => day.off).map((day) => day.date), notice.off.flatMap((range) => expand(Number(year), range)));
      assert.deepEqual(days.filter((day) => !day.off).map((day) => day.date), notice.work.map((monthDay) => `${year}-${monthDay}`));
    });
  }
  it('names the holiday each day belongs to', () => {
    const days = officialDaysBetween('2026-09-19', '2026-10-10', []).map((day) => `${day.date} ${day.off ? 'off' : 'work'} ${day.name.en} ${day.name['zh-CN']}`);
    assert.deepEqual(days.slice(0, 2), ['2026-09-20 work National Day 国庆节', '2026-09-25 off Mid-Autumn Festival 中秋节']);
    assert.equal(days.at(-1), '2026-10-10 work National Day 国庆节');
  });
  it("lets community.yaml's holidays add days and correct official ones", () => {
    const custom = [
      { date: '2026-09-20', name: '公司团建', off: true },
      { date: '2026-11-23', name: '店庆调休', off: false },
    ];
    const days = officialDaysBetween('2026-09-19', '2026-11-30', custom).map((day) => `${day.date} ${day.off ? 'off' : 'work'} ${day.name['zh-CN']}`);
    assert.equal(days[0], '2026-09-20 off 公司团建');
    assert.equal(days.at(-1), '2026-11-23 work 店庆调休');
    assert.equal(days.filter((day) => day.startsWith('2026-09-20')).length, 1);
  });
  it('knows which years have a published schedule', () => {
    assert.deepEqual([2004, 2026, 2027].map(hasOfficialSchedule), [true, true, false]);
  });
  it('lists the lunar festivals 2024–2027 on their official dates', () => {
    for (const [year, dates] of Object.entries(LUNAR_FESTIVALS)) {
      const found = keyDatesBetween(`${year}-01-01`, `${year}-12-31`, []).filter((keyDate) => FESTIVAL_NAMES.includes(keyDate.name['zh-CN']));
      assert.deepEqual(found.map((keyDate) => `${keyDate.name['zh-CN']} ${keyDate.date}`), FESTIVAL_NAMES.map((name, index) => `${name} ${year}-${dates[index]}`));
    }
  });
  for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
    it(`converts lunar dates to the same solar dates in ${zone}`, () => {
      const converted = inTimeZone(zone, () => Object.keys(LUNAR_FESTIVALS).map((year) => FESTIVAL_LUNAR_DAYS.map(([month, day]) => solarOfLunar(Number(year), month, day).slice(5))));
      assert.deepEqual(converted, Object.values(LUNAR_FESTIVALS));
    });
  }
});
