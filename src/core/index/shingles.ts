function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0;
}

/**
 * Character 3-grams of a post body, as the duplicate-content rule compares them, in text order (repeats kept).
 * The body is trimmed and every run of white space counts as one space, so re-wrapped text stays the same.
 * A 3-gram is encoded exactly as a number: three 17-bit code points (astral characters folded into
 * 17 bits, so two emoji from different planes with equal low bits would collide), 51 bits in all.
 */
export function bodyGrams(text: string, start: number, end: number): Float64Array {
  const grams = new Float64Array(Math.max(0, end - start - 2));
  let count = 0;
  let first = -1;
  let second = -1;
  let pendingSpace = false;
  for (let index = start; index < end; index++) {
    let code = text.charCodeAt(index);
    if (isSpace(code)) {
      pendingSpace = second !== -1 || first !== -1;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((((code - 0xd800) << 10) + (low - 0xdc00)) & 0xffff);
        index++;
      }
    }
    if (pendingSpace) {
      if (first !== -1) grams[count++] = first * 17179869184 + second * 131072 + 0x20;
      first = second;
      second = 0x20;
      pendingSpace = false;
    }
    if (first !== -1) grams[count++] = first * 17179869184 + second * 131072 + code;
    first = second;
    second = code;
  }
  return grams.subarray(0, count);
}
