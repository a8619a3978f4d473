import { formatLocal } from '../time/dates';
import { definePostRule } from './types';

type Options = { hours: number };

export const unapprovedSoonRule = definePostRule<Options>()({
  meta: {
    id: 'unapproved-soon',
    defaultSeverity: 'warning',
    description: {
      en: 'A post due within the next hours (default 24) is approved, not still a draft or in review.',
      'zh-CN': '即将发布（默认 24 小时内）的帖子应已审核通过，而不是草稿或审核中。',
    },
    options: {
      hours: { type: 'number', default: 24, minimum: 0, description: { en: 'How far ahead to look, in hours.', 'zh-CN': '向前查看的小时数。' } },
    },
    fixable: false,
    messages: {
      soon: { en: 'Publishes within {{hours}} h ({{when}}) but is still {{status}}', 'zh-CN': '将在 {{hours}} 小时内（{{when}}）发布，但状态仍是 {{status}}' },
    },
  },
  checkPost(post, context) {
    if (post.status !== 'draft' && post.status !== 'review') return;
    const { time, occurrences } = context;
    if (!time || !post.publish) return;
    const { now } = context.workspace;
    // a series is due at its next occurrence
    const next = occurrences?.find((occurrence) => occurrence.instant >= now);
    const due = occurrences ? next?.instant : time.instant;
    if (due === undefined || due < now || due >= now + context.options.hours * 3_600_000) return;
    const statusValue = post.fields?.get('status')?.value;
    context.report({
      messageId: 'soon',
      data: { hours: context.options.hours, when: next ? formatLocal(next.local, ' ', false) : post.publish.raw.trim(), status: post.status },
      span: statusValue && statusValue.kind === 'string' ? statusValue.span : post.publish.value.span,
    });
  },
});
