import { TermMatcher } from '../match/termMatcher';
import { readableBody } from '../parse/readable';
import { contentSpan } from '../parse/yamlValue';
import { PerSetting } from './support';
import { definePostRule } from './types';

type Options = { labels: readonly string[] };

/** Labels named in the message: enough to act on, however long the list. */
const LISTED_LABELS = 10;

interface Labels {
  /** Every label, case-insensitive, in one pass over the text. */
  matcher: TermMatcher;
  listed: string;
}

const labelSets = new PerSetting<Options, Labels>(
  (options) => JSON.stringify(options.labels),
  (options) => {
    const quoted = options.labels.slice(0, LISTED_LABELS).map((text) => `"${text}"`);
    if (options.labels.length > LISTED_LABELS) quoted.push('…');
    // Latin labels as whole words: #ad labels, #adidas does not
    return { matcher: new TermMatcher(options.labels, { wholeWords: true }), listed: quoted.join(', ') };
  },
);

function contains(matcher: TermMatcher, text: string): boolean {
  return !matcher.hits(text).next().done;
}

// Markdown images and links as readers see them: an image is a picture, a link its text. Bounded runs keep the scan
// linear on hostile bodies (a line of "[" tries at most a few hundred characters from each).
const IMAGE = /!\[[^[\]\n]{0,500}\]\([^()\s]{0,2000}\)/g;
const LINK = /\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}\)/g;

function linkTextsOnly(body: string): string {
  return body.includes('](') ? body.replace(IMAGE, ' ').replace(LINK, '$1') : body;
}

export const adDisclosureRule = definePostRule<Options>()({
  meta: {
    id: 'ad-disclosure',
    defaultSeverity: 'error',
    description: {
      en: 'An ad (type: ad) says it is an ad in its title or body, as the Advertising Law requires of internet ads.',
      'zh-CN': '广告帖（type: ad）须在标题或正文中标明“广告”，符合广告法对互联网广告可识别性的要求。',
    },
    options: {
      labels: { type: 'strings', default: ['广告', '推广', '#ad', '[ad]'], description: { en: 'Texts that mark a post as an ad (case-insensitive).', 'zh-CN': '标明广告的文字（不区分大小写）。' } },
    },
    fixable: true,
    messages: {
      unlabelled: { en: 'Ad without an ad label: put one of {{labels}} in the title or body', 'zh-CN': '广告未标明：请在标题或正文中加上 {{labels}} 之一' },
      addLabel: { en: 'Add "{{label}}" to the title', 'zh-CN': '在标题前加上“{{label}}”' },
    },
  },
  checkPost(post, context) {
    if (post.type !== 'ad' || !post.fields) return;
    if (context.options.labels.length === 0) return;
    const { matcher, listed } = labelSets.get(context.options, context.workspace.config);
    // only what readers see counts: the title's value (not a YAML comment beside it) and the body without comments,
    // its links read as their text
    if (contains(matcher, post.title ?? '') || contains(matcher, linkTextsOnly(readableBody(post.source.text, post.frontMatter.bodyStart)))) return;
    const typeValue = post.fields.get('type')?.value;
    if (!typeValue) return;
    const title = post.fields.get('title')?.value;
    const label = `【${context.options.labels[0]}】`;
    const fix =
      title?.kind === 'string' && !title.block
        ? { messageId: 'addLabel' as const, data: { label }, edits: [{ span: { start: contentSpan(title).start, end: contentSpan(title).start }, newText: label }] }
        : undefined;
    context.report({ messageId: 'unlabelled', data: { labels: listed }, span: typeValue.span, fix });
  },
});
