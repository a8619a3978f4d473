import type { TextEdit } from '../base/domain';
import { publishEdit } from '../parse/publishEdit';
import { readPost } from '../parse/post';
import { parseDateKey, type DateKey } from '../time/dates';
import { postTime } from '../time/postTime';
import type { TimeZone } from '../time/zone';

/** A short fingerprint of a file's text, to notice that it changed since a view was drawn (FNV-1a, 32 bits). */
export function textRevision(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/**
 * Why a move was refused: the post has no real publish time; the target time is not HH:mm; or the value is written
 * so that rewriting it would change more than `publish` (an anchor another field aliases) or not read back.
 */
export type RescheduleResult = { ok: true; edit: TextEdit; value: string } | { ok: false; reason: 'noPublish' | 'badTime' | 'unsafeValue' };

/**
 * The one edit that moves a post to a new local date (and time, when given; else the same time of day): only the
 * `publish` value's characters change, written in the value's own style (separator, seconds, offset, quotes, block
 * scalar), and the file is checked to read back as intended (see publishEdit).
 */
export function rescheduleEdit(text: string, to: { date: DateKey; time?: string }, zone: TimeZone): RescheduleResult {
  const post = readPost('post.md', text);
  const current = postTime(post.publish, zone)?.local;
  if (!post.publish || !current) return { ok: false, reason: 'noPublish' };
  const match = to.time === undefined ? undefined : /^([01]\d|2[0-3]):([0-5]\d)$/.exec(to.time);
  if (to.time !== undefined && !match) return { ok: false, reason: 'badTime' };
  const instant = zone.toInstant({
    ...parseDateKey(to.date),
    hour: match ? Number(match[1]) : current.hour,
    minute: match ? Number(match[2]) : current.minute,
    second: match ? 0 : current.second,
    millisecond: 0,
  });
  return publishEdit(post, instant, zone);
}
