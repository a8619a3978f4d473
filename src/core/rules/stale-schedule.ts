import { formatLocal } from '../time/dates';
import { definePostRule } from './types';

export const staleScheduleRule = definePostRule()({
  meta: {
    id: 'stale-schedule',
    defaultSeverity: 'warning',
    description: {
      en: 'A post whose publish time has passed is marked published (or rescheduled).',
      'zh-CN': '发布时间已过的帖子应标记为 published（或重新排期）。',
    },
    options: {},
    fixable: false,
    messages: {
      stale: { en: 'Publish time {{when}} has passed but status is {{status}}: mark it published or reschedule', 'zh-CN': '发布时间 {{when}} 已过，但状态为 {{status}}：请标记为 published 或重新排期' },
      seriesEnded: {
        en: 'The series ended with its last occurrence on {{when}} but status is {{status}}: mark it published or extend it',
        'zh-CN': '系列的最后一次（{{when}}）已过，但状态为 {{status}}：请标记为 published 或延长系列',
      },
    },
  },
  checkPost(post, context) {
    if (post.status === 'published') return;
    const { time, occurrences } = context;
    // a series runs while any occurrence is still to come: approved is its right status until the last one is out
    const last = occurrences?.[occurrences.length - 1];
    const ends = last?.instant ?? time?.instant;
    if (ends === undefined || !post.publish || ends >= context.workspace.now) return;
    // an unknown status (required-fields reports it) is not "published" either: the post is still stale
    const written = post.fields?.get('status')?.value;
    const status = post.status ?? (written?.kind === 'string' ? written.value : 'draft');
    if (last) context.report({ messageId: 'seriesEnded', data: { when: formatLocal(last.local, ' ', false), status }, span: post.publish.value.span });
    else context.report({ messageId: 'stale', data: { when: post.publish.raw.trim(), status }, span: post.publish.value.span });
  },
});
