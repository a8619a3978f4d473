import { resolveNow } from '../../src/core/time/now';
import type { TimeZone } from '../../src/core/time/zone';

/** The instant a test's `--now` value names in a zone; a value that names none is a mistake in the test. */
export function nowAt(value: string, zone: TimeZone): number {
  const resolved = resolveNow(value, zone, 0);
  if (!resolved.ok) throw new Error(`not a --now value: ${value}`);
  return resolved.now;
}
