import { contentSpan } from '../parse/yamlValue';
import { readableBody } from '../parse/readable';
import { definePostRule } from './types';

type Options = { labels: readonly string[] };

export const adDisclosureRule = definePostRule<Options>({
  meta: {
    id: 'ad-disclosure',
    scope: 'post',
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
    const labels = context.options.labels.map((label) => label.toLowerCase());
    if (labels.length === 0) return;
    // only what readers see counts: the title's value (not a YAML comment beside it) and the body without comments
    const readable = `${post.title ?? ''}\n${readableBody(post.source.text, post.frontMatter.bodyStart)}`.toLowerCase();
    if (labels.some((label) => readable.includes(label))) return;
    const typeValue = post.fields.get('type')?.value;
    if (!typeValue) return;
    const title = post.fields.get('title')?.value;
    const label = `【${context.options.labels[0]}】`;
    const fix =
      title?.kind === 'string' && !title.block
        ? { messageId: 'addLabel', data: { label }, edits: [{ span: { start: contentSpan(title).start, end: contentSpan(title).start }, newText: label }] }
        : undefined;
    context.report({ messageId: 'unlabelled', data: { labels: context.options.labels.map((text) => `"${text}"`).join(', ') }, span: typeValue.span, fix });
  },
});
