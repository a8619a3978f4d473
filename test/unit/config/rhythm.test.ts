import * as assert from 'node:assert/strict';
import { loadConfig } from '../../../src/core/config/load';
import { rhythmOf } from '../../../src/core/model/config';
import { diagnosticMessage } from '../../../src/core/session/diagnostics';
import { createEnvironment } from '../../../src/core/rules/evaluate';
import { WorkspaceIndex } from '../../../src/core/index/workspace';
import { at } from '../../support/defined';

function problems(text: string): string[] {
  const config = loadConfig('community.yaml', text);
  return new WorkspaceIndex(createEnvironment(config, 0))
    .diagnosticsFor('community.yaml')
    .filter((diagnostic) => diagnostic.ruleId === 'config')
    .map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${diagnostic.severity} ${diagnostic.messageId}: ${diagnosticMessage(diagnostic, 'en')}`);
}

describe('community.yaml rhythm', () => {
  it('reads the spec example at every level, with defaults for window and horizon', () => {
    const text = `rhythm:
  slots:
    - { time: "08:30", type: practical }
    - { time: "12:30", type: interactive }
    - { time: "20:00", type: emotional, days: [mon, tue, wed, thu, fri] }
  window: 60
tiers:
  core: { rhythm: { slots: [{ time: "09:00" }], window: 30, horizonDays: 7 } }
groups:
  - { id: plain }
  - { id: vip, tier: core }
  - { id: own, tier: core, rhythm: { slots: [{ time: "10:00", type: ad }] } }
`;
    assert.deepEqual(problems(text), []);
    const config = loadConfig('community.yaml', text);
    const top = config.rhythm;
    assert.deepEqual(top?.slots.map((slot) => [slot.time, slot.minuteOfDay, slot.type, slot.days && [...slot.days]]), [
      ['08:30', 510, 'practical', undefined],
      ['12:30', 750, 'interactive', undefined],
      ['20:00', 1200, 'emotional', [0, 1, 2, 3, 4]],
    ]);
    assert.equal(top?.window, 60);
    assert.equal(top?.horizonDays, 14);
    const [plain, vip, own] = config.groups;
    assert.ok(plain && vip && own);
    assert.equal(rhythmOf(config, plain), top);
    // the nearer level replaces the whole rhythm: window and horizon too
    assert.deepEqual([rhythmOf(config, vip)?.slots.map((slot) => slot.time), rhythmOf(config, vip)?.window, rhythmOf(config, vip)?.horizonDays], [['09:00'], 30, 7]);
    assert.deepEqual([rhythmOf(config, own)?.slots.map((slot) => slot.type), rhythmOf(config, own)?.window, rhythmOf(config, own)?.horizonDays], [['ad'], 60, 14]);
  });

  it('lets a group opt out with an empty slot list, and has no rhythm when none is set', () => {
    const config = loadConfig('community.yaml', 'rhythm: { slots: [{ time: "08:00" }] }\ngroups:\n  - { id: quiet, rhythm: { slots: [] } }\n');
    assert.deepEqual(rhythmOf(config, at(config.groups, 0))?.slots, []);
    const none = loadConfig('community.yaml', 'groups:\n  - { id: a }\n');
    assert.equal(rhythmOf(none, at(none.groups, 0)), undefined);
  });

  const cases: Array<[string, string, string[]]> = [
    ['a time that is not HH:MM', 'rhythm: { slots: [{ time: "8:30" }] }\n', ['1:27 error rhythmBadTime: "rhythm.slots[0].time" must be a time of day "HH:MM" (00:00 to 23:59)']],
    ['a time past the day', 'rhythm: { slots: [{ time: "24:00" }] }\n', ['1:27 error rhythmBadTime: "rhythm.slots[0].time" must be a time of day "HH:MM" (00:00 to 23:59)']],
    ['a slot without a time', 'rhythm: { slots: [{ type: ad }] }\n', ['1:19 error rhythmBadTime: "rhythm.slots[0].time" must be a time of day "HH:MM" (00:00 to 23:59)']],
    ['an unknown type, with a suggestion', 'rhythm: { slots: [{ time: "08:30", type: pratical }] }\n', ['1:42 error rhythmUnknownType: "rhythm.slots[0].type" is not a post type (did you mean "practical"?)']],
    ['a day that is not a weekday, in a tier', 'tiers:\n  core: { rhythm: { slots: [{ time: "08:30", days: [mon, tues] }] } }\n', ['2:58 error rhythmBadDay: "tiers.core.rhythm.slots[0].days" has a day that is not a weekday (did you mean "tue"?)']],
    ['days that are not a list', 'rhythm: { slots: [{ time: "08:30", days: mon }] }\n', ['1:42 error wrongType: "rhythm.slots[0].days" must be a non-empty list of mon, tue, wed, thu, fri, sat, sun']],
    ['a window out of range, in a group', 'groups:\n  - { id: a, rhythm: { slots: [], window: 721 } }\n', ['2:43 error rhythmRange: "groups[0].rhythm.window" must be a whole number from 0 to 720']],
    ['a horizon of zero days', 'rhythm: { slots: [], horizonDays: 0 }\n', ['1:35 error rhythmRange: "rhythm.horizonDays" must be a whole number from 1 to 366']],
    ['a rhythm without slots', 'rhythm: { window: 30 }\n', ['1:9 error rhythmNoSlots: "rhythm" needs "slots" (a list of { time, type?, days? })']],
    ['a rhythm that is not a mapping', 'rhythm: daily\n', ['1:9 error wrongType: "rhythm" must be a mapping']],
    ['an unknown rhythm key, with a suggestion', 'rhythm: { slots: [], windw: 30 }\n', ['1:22 warning unknownKey: Unknown setting "windw" (ignored) (did you mean "window"?)']],
    [
      'a duplicate slot, at the second one',
      'rhythm:\n  slots:\n    - { time: "08:30", type: practical }\n    - { time: "08:30", type: practical, days: [sat] }\n',
      ['4:7 error rhythmDuplicateSlot: Duplicate slot 08:30: same time, type and a common day as rhythm.slots[0]'],
    ],
  ];
  for (const [name, text, expected] of cases) {
    it(`reports ${name}`, () => assert.deepEqual(problems(text), expected));
  }

  it('keeps slots at one time for different types or on different days', () => {
    assert.deepEqual(problems('rhythm:\n  slots:\n    - { time: "08:30", type: practical }\n    - { time: "08:30" }\n    - { time: "20:00", days: [mon] }\n    - { time: "20:00", days: [tue] }\n'), []);
  });
});
