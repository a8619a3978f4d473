import { definePostRule } from './types';

export const validDateRule = definePostRule({
  meta: {
    id: 'valid-date',
    scope: 'post',
    defaultSeverity: 'error',
    description: {
      en: '`publish` is a real date and time: YYYY-MM-DD HH:mm in the workspace time zone, or ISO 8601 with an offset.',
      'zh-CN': '`publish` 是真实存在的日期时间：工作区时区的 YYYY-MM-DD HH:mm，或带时区偏移的 ISO 8601。',
    },
    options: {},
    fixable: false,
    messages: {
      format: { en: '"{{value}}" is not a date-time: write YYYY-MM-DD HH:mm (e.g. 2026-11-23 08:30)', 'zh-CN': '“{{value}}”不是日期时间：请写成 YYYY-MM-DD HH:mm（如 2026-11-23 08:30）' },
      dateOnly: { en: '"{{value}}" has no time of day: add one, e.g. "{{value}} 09:00"', 'zh-CN': '“{{value}}”缺少具体时间：请补上，如“{{value}} 09:00”' },
      date: { en: '"{{value}}" is not a real calendar date', 'zh-CN': '“{{value}}”不是真实存在的日期' },
      time: { en: '"{{value}}" is not a real time of day (00:00 to 23:59)', 'zh-CN': '“{{value}}”不是有效的时刻（00:00 到 23:59）' },
      offset: { en: '"{{value}}" has an impossible UTC offset', 'zh-CN': '“{{value}}”的时区偏移无效' },
    },
  },
  checkPost(post, context) {
    const publish = post.publish;
    if (!publish || publish.parsed.ok || publish.raw.trim() === '') return;
    context.report({ messageId: publish.parsed.problem, data: { value: publish.raw.trim() }, span: publish.value.span });
  },
});
