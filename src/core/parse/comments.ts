import type { Span } from '../base/domain';

const OPEN = '<!--';
const CLOSE = '-->';

/**
 * The HTML comments of a text from an offset on, in order: each from `<!--` to the first `-->` after it. One pass:
 * a `<!--` that nothing closes ends the scan, since no later one can be closed either. (A lazy regex such as
 * `/<!--[\s\S]*?-->/g` rescans the rest of the text from every unclosed `<!--`: 100 000 of them took minutes.)
 */
export function* htmlComments(text: string, from: number): Generator<Span> {
  for (let open = text.indexOf(OPEN, from); open !== -1; ) {
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) return;
    const end = close + CLOSE.length;
    yield { start: open, end };
    open = text.indexOf(OPEN, end);
  }
}

const DIRECTIVE_HEAD = /^\s*ccal-disable(-next-line)?\b/;

export interface BodyDirective {
  nextLine: boolean;
  /** What follows `ccal-disable` or `ccal-disable-next-line`: the rule ids, separated by commas or spaces. */
  ruleList: string;
}

/** The ccal-disable switch an HTML comment holds, if it is one: `<!-- ccal-disable[-next-line] [ids] -->`, no `>` inside. */
export function directiveOf(text: string, comment: Span): BodyDirective | undefined {
  const content = text.slice(comment.start + OPEN.length, comment.end - CLOSE.length);
  const head = DIRECTIVE_HEAD.exec(content);
  if (!head) return undefined;
  const ruleList = content.slice(head[0].length);
  return ruleList.includes('>') ? undefined : { nextLine: head[1] !== undefined, ruleList: ruleList.trimEnd() };
}
