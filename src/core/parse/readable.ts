import { htmlComments } from './comments';

/**
 * A body as readers see it: HTML comments (ccal-disable switches among them) count as white space. Rules that ask
 * what readers are shown (an ad label, near-duplicate text) read this, never the raw source. One linear scan, however
 * many comments or unclosed `<!--` the body holds.
 */
export function readableBody(text: string, bodyStart: number): string {
  if (!text.includes('<!--', bodyStart)) return text.slice(bodyStart);
  const parts: string[] = [];
  let from = bodyStart;
  for (const comment of htmlComments(text, bodyStart)) {
    parts.push(text.slice(from, comment.start), ' ');
    from = comment.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
