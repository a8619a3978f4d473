import { POST_TYPE_NAMES, type Locale, type Localized } from '../base/domain';
import type { PlanSlot } from '../model/schedule';

/** Slots named in one message at most; the rest are counted. */
export const MAX_SLOTS_NAMED = 6;

/** "12:30 interactive, 20:00 emotional" / "12:30 互动、20:00 情感"; with dates "12-04 12:30 …" for a week. */
export function slotList(slots: readonly PlanSlot[], withDate: boolean): Localized {
  const text = (locale: Locale, separator: string, more: (count: number) => string): string => {
    const named = slots.slice(0, MAX_SLOTS_NAMED).map((slot) => `${withDate ? `${slot.date.slice(5)} ` : ''}${slot.time}${slot.type ? ` ${POST_TYPE_NAMES[slot.type][locale]}` : ''}`);
    const rest = slots.length - named.length;
    return named.join(separator) + (rest > 0 ? more(rest) : '');
  };
  return { en: text('en', ', ', (count) => ` and ${count} more`), 'zh-CN': text('zh-CN', '、', (count) => ` 等另外 ${count} 个`) };
}
