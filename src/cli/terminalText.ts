// Characters that act on a terminal instead of showing: C0 controls (ESC starts colour, title and clear-screen
// sequences), DEL and C1 controls (U+009B is a one-character ESC [), the bidi overrides and isolates that reorder what
// a line shows (CVE-2021-42574), and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTING_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// What JSON.stringify leaves raw of those: the C0 controls it already writes as \u escapes.
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Text from a workspace (titles, names, file names, YAML keys) made safe for a line of terminal output: every
 * character that would act on the terminal, line breaks and tabs included, is shown as its \uXXXX escape.
 */
export function terminalLine(text: string): string {
  return text.replace(ACTING_OR_BREAK, unicodeEscape);
}

/** Like terminalLine, for a whole document shown on a terminal: its line breaks and tabs stay. */
export function terminalText(text: string): string {
  return text.replace(ACTING, unicodeEscape);
}

/** JSON text whose strings carry no raw acting character: the same values, written with \u escapes. */
export function jsonText(json: string): string {
  return json.replace(JSON_RAW, unicodeEscape);
}
