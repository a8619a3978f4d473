import * as assert from 'node:assert/strict';

/** The item at `index` (negative counts from the end), failing the test when there is none. */
export function at<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index < 0 ? items.length + index : index];
  assert.ok(item !== undefined, `expected an item at ${index} of ${items.length}`);
  return item;
}

/** A value the test needs, failing the test when it is missing. */
export function defined<T>(value: T | undefined, what: string): T {
  assert.ok(value !== undefined, `expected ${what}`);
  return value;
}
