import type { TextEdit } from './model';
import { readPost } from './parse/post';
import { contentSpan } from './parse/yamlValue';
import { parseDateKey, type DateKey } from './time/dates';
import { formatLikePublish, postTime } from './time/postTime';
import type { TimeZone } from './time/zone';

/** A short fingerprint of a file's text, to notice that it changed since a view was drawn (FNV-1a, 32 bits). */
export function textRevision(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

export type RescheduleResult = { ok: true; edit: TextEdit; value: string } | { ok: false; reason: 'noPublish' | 'badTime' };

/**
 * The one edit that moves a post to a new local date (and time, when given; else the same time of day): only the
 * `publish` value's characters change, written in the value's own style (separator, seconds, offset, quotes).
 */
export function rescheduleEdit(text: string, to: { date: DateKey; time?: string }, zone: TimeZone): RescheduleResult {
  const publish = readPost('post.md', text).publish;
  const current = postTime(publish, zone)?.local;
  if (!publish || !current) return { ok: false, reason: 'noPublish' };
  const match = to.time === undefined ? undefined : /^([01]\d|2[0-3]):([0-5]\d)$/.exec(to.time);
  if (to.time !== undefined && !match) return { ok: false, reason: 'badTime' };
  const instant = zone.toInstant({
    ...parseDateKey(to.date),
    hour: match ? Number(match[1]) : current.hour,
    minute: match ? Number(match[2]) : current.minute,
    second: match ? 0 : current.second,
    millisecond: 0,
  });
  const value = formatLikePublish(publish, instant, zone);
  return { ok: true, value, edit: { span: contentSpan(publish.value), newText: value } };
}
