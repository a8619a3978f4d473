import { definePostRule } from './types';

export const staleScheduleRule = definePostRule({
  meta: {
    id: 'stale-schedule',
    scope: 'post',
    defaultSeverity: 'warning',
    description: {
      en: 'A post whose publish time has passed is marked published (or rescheduled).',
      'zh-CN': '发布时间已过的帖子应标记为 published（或重新排期）。',
    },
    options: {},
    fixable: false,
    messages: {
      stale: { en: 'Publish time {{when}} has passed but status is {{status}}: mark it published or reschedule', 'zh-CN': '发布时间 {{when}} 已过，但状态为 {{status}}：请标记为 published 或重新排期' },
    },
  },
  checkPost(post, context) {
    if (post.status === 'published') return;
    const { time } = context;
    if (!time || !post.publish || time.instant >= context.workspace.now) return;
    // an unknown status (required-fields reports it) is not "published" either: the post is still stale
    const written = post.fields?.get('status')?.value;
    const status = post.status ?? (written?.kind === 'string' ? written.value : 'draft');
    context.report({ messageId: 'stale', data: { when: post.publish.raw.trim(), status }, span: post.publish.value.span });
  },
});
