import type { Span, TextEdit } from '../base/domain';
import type { Config } from '../model/config';
import type { Post } from '../parse/post';
import { contentSpan, scalarTextSpan, type YamlEntry, type YamlValue } from '../parse/yamlValue';

/**
 * Replaces a scalar's text, keeping its style (quotes, block scalar header and indentation). Only for text that
 * needs no quoting in any style (ids, keywords). Undefined for an empty block scalar, which has no text to replace.
 */
export function replaceScalar(post: Post, value: YamlValue, newText: string): TextEdit | undefined {
  const span = scalarTextSpan(value, post.source.text);
  return span && { span, newText };
}

export function field(post: Post, key: string): YamlEntry | undefined {
  return post.fields?.get(key);
}

/** The span of a whole `key: value` field, for diagnostics about the field rather than its value. */
export function entrySpan(entry: YamlEntry): Span {
  return { start: entry.keySpan.start, end: Math.max(entry.value.span.end, entry.keySpan.end) };
}

/** An edit that adds a line at the end of the front matter, just before the closing `---`. */
export function appendFrontMatterLine(post: Post, line: string): TextEdit | undefined {
  const yamlSpan = post.frontMatter.yamlSpan;
  if (!yamlSpan) return undefined;
  return { span: { start: yamlSpan.end, end: yamlSpan.end }, newText: `${line}${post.source.eol}` };
}

/** Body text searched by wording rules: from the end of the front matter to the end of the file. */
export function bodySpan(post: Post): Span {
  return { start: post.frontMatter.bodyStart, end: post.source.text.length };
}

/**
 * The spans searched for words that readers see: the title's source text and the body. Searching the
 * source (not the parsed value) keeps positions exact whatever the quoting.
 */
export function readableSpans(post: Post): Span[] {
  const spans: Span[] = [];
  const title = post.fields?.get('title')?.value;
  if (title?.kind === 'string') spans.push(contentSpan(title));
  const body = bodySpan(post);
  if (body.end > body.start) spans.push(body);
  return spans;
}

/**
 * What a rule builds from its options (a term matcher), once per distinct setting: remembered per options object of
 * the cascade, and shared by every group whose options are equal, since a matcher per group made each post's scan
 * start in cold memory. Kept per config, so values go with the config they were built for.
 */
export class PerSetting<O extends object, V> {
  private readonly byOptions = new WeakMap<O, V>();
  private readonly byContent = new WeakMap<Config, Map<string, V>>();

  constructor(
    /** What makes two options objects build the same value. */
    private readonly contentKey: (options: O) => string,
    private readonly build: (options: O, config: Config) => V,
  ) {}

  get(options: O, config: Config): V {
    let value = this.byOptions.get(options);
    if (value !== undefined) return value;
    let byContent = this.byContent.get(config);
    if (!byContent) this.byContent.set(config, (byContent = new Map()));
    const key = this.contentKey(options);
    value = byContent.get(key);
    if (value === undefined) byContent.set(key, (value = this.build(options, config)));
    this.byOptions.set(options, value);
    return value;
  }
}
