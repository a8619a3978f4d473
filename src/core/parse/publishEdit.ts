import type { TextEdit } from '../base/domain';
import { formatLikePublish, postTime } from '../time/postTime';
import type { TimeZone } from '../time/zone';
import { readPost, type Post } from './post';
import { scalarTextSpan, type YamlValue } from './yamlValue';

export type PublishEditResult = { ok: true; edit: TextEdit; value: string } | { ok: false; reason: 'unsafeValue' };

/** Two values alike but for their places in the file. */
function sameValue(a: YamlValue, b: YamlValue): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'list' && b.kind === 'list') return a.items.length === b.items.length && a.items.every((item, index) => {
      const other = b.items[index];
      return other !== undefined && sameValue(item, other);
    });
  if (a.kind === 'map' && b.kind === 'map') {
    return a.entries.length === b.entries.length && a.entries.every((entry, index) => {
      const other = b.entries[index];
      return other !== undefined && entry.key === other.key && sameValue(entry.value, other.value);
    });
  }
  return !('value' in a) || !('value' in b) || a.value === b.value;
}

/**
 * The one edit that moves a post's `publish` to an instant: only the value's text changes, written in its own
 * style (separator, seconds, offset; quotes and block scalars kept). The file is read back with the edit: unless
 * it parses, `publish` reads as the instant and every other field reads as before (an alias elsewhere of an
 * anchored `publish` would follow it), there is no edit. Quick fixes and calendar moves share it.
 */
export function publishEdit(post: Post, instant: number, zone: TimeZone): PublishEditResult {
  const publish = post.publish;
  const span = publish && scalarTextSpan(publish.value, post.source.text);
  if (!publish || !span || !post.fields) return { ok: false, reason: 'unsafeValue' };
  const value = formatLikePublish(publish, instant, zone);
  const text = post.source.text;
  const moved = readPost(post.path, text.slice(0, span.start) + value + text.slice(span.end));
  const fields = moved.fields;
  const unchanged =
    fields !== undefined &&
    postTime(moved.publish, zone)?.instant === instant &&
    fields.size === post.fields.size &&
    [...post.fields].every(([key, entry]) => {
      const after = fields.get(key);
      return key === 'publish' || (after !== undefined && sameValue(entry.value, after.value));
    });
  return unchanged ? { ok: true, value, edit: { span, newText: value } } : { ok: false, reason: 'unsafeValue' };
}
