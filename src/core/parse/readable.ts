const HTML_COMMENT = /<!--[\s\S]*?-->/g;

/**
 * A body as readers see it: HTML comments (ccal-disable switches among them) count as white space. Rules that ask
 * what readers are shown (an ad label, near-duplicate text) read this, never the raw source.
 */
export function readableBody(text: string, bodyStart: number): string {
  const body = text.slice(bodyStart);
  return body.includes('<!--') ? body.replace(HTML_COMMENT, ' ') : body;
}
