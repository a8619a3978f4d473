import * as assert from 'node:assert/strict';

/** The item at `index` (negative counts from the end), failing the test when the list has no such place. */
export function at<T>(items: ArrayLike<T>, index: number): T {
  const position = index < 0 ? items.length + index : index;
  assert.ok(Number.isInteger(position) && position >= 0 && position < items.length, `expected an item at ${index} of ${items.length}`);
  // in range, so the item is one of the list's own (undefined only where the list holds undefined)
  return items[position] as T;
}

/** A value the test needs, failing the test when it is missing. */
export function defined<T>(value: T | undefined, what: string): T {
  assert.ok(value !== undefined, `expected ${what}`);
  return value;
}
