/**
 * Character 3-grams of a post body, as the duplicate-content rule compares them.
 * The body is trimmed and every run of white space counts as one space, so re-wrapped text stays the same.
 * A 3-gram is encoded exactly as a number: three 17-bit code points (astral characters folded into
 * 17 bits, so two emoji from different planes with equal low bits would collide), 51 bits in all.
 */
export function bodyShingles(text: string, start: number, end: number): Float64Array {
  const codes: number[] = [];
  let pendingSpace = false;
  for (let index = start; index < end; index++) {
    let code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b || code === 0x3000 || code === 0xa0) {
      pendingSpace = codes.length > 0;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + (((code - 0xd800) << 10) + (low - 0xdc00)) % 0x10000;
        index++;
      }
    }
    if (pendingSpace) {
      codes.push(0x20);
      pendingSpace = false;
    }
    codes.push(code);
  }
  if (codes.length < 3) return new Float64Array(0);
  const grams = new Float64Array(codes.length - 2);
  for (let index = 0; index < grams.length; index++) {
    grams[index] = codes[index] * 17179869184 + codes[index + 1] * 131072 + codes[index + 2];
  }
  grams.sort();
  let unique = 0;
  for (let index = 0; index < grams.length; index++) {
    if (index === 0 || grams[index] !== grams[index - 1]) grams[unique++] = grams[index];
  }
  return grams.slice(0, unique);
}

/** Jaccard similarity of two sorted sets of distinct numbers. */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
