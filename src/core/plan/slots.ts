import { rhythmOf, type Config, type GroupConfig } from '../model/config';
import type { Rhythm } from '../model/rhythm';
import type { PlanSlot, ScheduleEntry } from '../model/schedule';
import { addDaysToKey, dateKeyOf, daysBetween, parseDateKey, weekKeyOf, type DateKey } from '../time/dates';
import type { TimeZone } from '../time/zone';

const MINUTE = 60_000;
const DAY_MS = 86_400_000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** ISO weekday of a day, 0 = Monday. */
function weekdayOf(date: DateKey): number {
  const { year, month, day } = parseDateKey(date);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

function slotsOfDays(groupId: string, rhythm: Rhythm, zone: TimeZone, first: DateKey, last: DateKey): PlanSlot[] {
  const slots: Array<PlanSlot & { order: number }> = [];
  let weekday = weekdayOf(first);
  for (const date of daysBetween(first, last)) {
    const week = weekKeyOf(date);
    const midnight = { ...parseDateKey(date), hour: 0, minute: 0, second: 0, millisecond: 0 };
    const start = zone.toInstant(midnight);
    // nearly every day keeps one offset from midnight to midnight: its slots are minutes after its start
    const steady = zone.offsetAt(start) === zone.offsetAt(start + 2 * DAY_MS - MINUTE);
    rhythm.slots.forEach((slot, order) => {
      if (slot.days && !slot.days.has(weekday)) return;
      let instant = start + slot.minuteOfDay * MINUTE;
      let time = slot.time;
      if (!steady) {
        // read as a post's local time is: a time the clocks skip moves forward by the gap, a repeated one is the earlier
        instant = zone.toInstant({ ...midnight, hour: Math.floor(slot.minuteOfDay / 60), minute: slot.minuteOfDay % 60 });
        const local = zone.toLocal(instant);
        time = `${pad(local.hour)}:${pad(local.minute)}`;
      }
      const planned: PlanSlot & { order: number } = { groupId, date, week, time, instant, order };
      if (slot.type) planned.type = slot.type;
      slots.push(planned);
    });
    weekday = (weekday + 1) % 7;
  }
  // time order; at one instant a typed slot before an untyped one (the closer fit), then the rhythm's order
  slots.sort((a, b) => a.instant - b.instant || Number(b.type !== undefined) - Number(a.type !== undefined) || a.order - b.order);
  return slots.map(({ order: _order, ...slot }) => slot);
}

/**
 * A group's slots from `first` to `last` with the post filling each. Posts are taken in calendar order (instant, then
 * path); each fills the nearest unfilled slot it is eligible for — within `window` minutes either side, both ends
 * included, and of the slot's type when the slot names one — ties going to the earlier slot. The result is a pure
 * function of the schedule, whatever order files were loaded or edited in, and does not depend on the range asked:
 * the walk starts at the last post before the range that no earlier post can compete with (a gap over two windows).
 */
export function fillSlots(groupId: string, entries: readonly ScheduleEntry[], rhythm: Rhythm, zone: TimeZone, first: DateKey, last: DateKey): PlanSlot[] {
  if (rhythm.slots.length === 0 || first > last) return [];
  const window = rhythm.window * MINUTE;
  const rangeStart = zone.toInstant({ ...parseDateKey(first), hour: 0, minute: 0, second: 0, millisecond: 0 });
  let start = lowerBound(entries, rangeStart - 2 * window);
  for (let entry = entries[start], previous = entries[start - 1]; entry && previous && entry.time.instant - previous.time.instant <= 2 * window; entry = previous, previous = entries[start - 1]) start--;
  const startEntry = entries[start];
  const startDay = startEntry && startEntry.time.instant < rangeStart ? dateKeyOf(zone.toLocal(startEntry.time.instant - window)) : first;
  // a day either side: a post near midnight may fill a slot of the neighbouring day
  const slots = slotsOfDays(groupId, rhythm, zone, addDaysToKey(startDay < first ? startDay : first, -1), addDaysToKey(last, 1));
  const rangeEnd = slots[slots.length - 1]?.instant ?? rangeStart;
  let low = 0;
  for (const entry of entries.slice(start)) {
    const instant = entry.time.instant;
    if (instant > rangeEnd + window) break;
    while ((slots[low]?.instant ?? Infinity) < instant - window) low++;
    let best: PlanSlot | undefined;
    for (let at = low, slot = slots[at]; slot && slot.instant <= instant + window; slot = slots[++at]) {
      if (slot.filledBy !== undefined || (slot.type !== undefined && slot.type !== entry.type)) continue;
      if (!best || Math.abs(slot.instant - instant) < Math.abs(best.instant - instant)) best = slot;
    }
    if (best) best.filledBy = entry.post.path;
  }
  return slots.filter((slot) => slot.date >= first && slot.date <= last);
}

function lowerBound(entries: readonly ScheduleEntry[], instant: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    // middle is below high, which is at most entries.length
    if (entries[middle]!.time.instant < instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The plan's horizon for a group: today and the days after it, `horizonDays` in all. */
export function planHorizon(rhythm: Rhythm, today: DateKey): { first: DateKey; last: DateKey } {
  return { first: today, last: addDaysToKey(today, rhythm.horizonDays - 1) };
}

/** Whether a slot is open: nobody fills it and its time has not passed. */
export function isOpen(slot: PlanSlot, now: number): boolean {
  return slot.filledBy === undefined && slot.instant >= now;
}

/**
 * Where the open slots stay the same as "now" moves: `after < now ≤ through` (null: unbounded). Between two unfilled
 * slot instants no slot opens or closes, so what a group's calendar rules make of its open slots holds.
 */
export interface SlotWindow {
  after: number | null;
  through: number | null;
}

export function slotWindow(slots: readonly PlanSlot[], now: number): SlotWindow {
  let after: number | null = null;
  let through: number | null = null;
  for (const slot of slots) {
    if (slot.filledBy !== undefined) continue;
    if (slot.instant < now) after = after === null ? slot.instant : Math.max(after, slot.instant);
    else through = through === null ? slot.instant : Math.min(through, slot.instant);
  }
  return { after, through };
}

export function inSlotWindow(window: SlotWindow, now: number): boolean {
  return (window.after === null || now > window.after) && (window.through === null || now <= window.through);
}

/** A group's slots in its plan horizon (filled and not), or none when it has no rhythm. */
export function horizonSlots(config: Config, group: GroupConfig, entries: readonly ScheduleEntry[], today: DateKey): PlanSlot[] {
  const rhythm = rhythmOf(config, group);
  if (!rhythm) return [];
  const { first, last } = planHorizon(rhythm, today);
  return fillSlots(group.id, entries, rhythm, config.timezone, first, last);
}
