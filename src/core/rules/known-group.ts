import { closestMatch } from '../closest';
import { replaceScalar } from './support';
import { definePostRule } from './types';

export const knownGroupRule = definePostRule()({
  meta: {
    id: 'known-group',
    defaultSeverity: 'error',
    description: {
      en: 'Every group a post names is defined in community.yaml.',
      'zh-CN': '帖子引用的每个群组都在 community.yaml 中定义。',
    },
    options: {},
    fixable: true,
    messages: {
      unknown: { en: 'Unknown group "{{id}}"', 'zh-CN': '未知群组“{{id}}”' },
      unknownWithSuggestion: { en: 'Unknown group "{{id}}"; did you mean "{{suggestion}}"?', 'zh-CN': '未知群组“{{id}}”；是否是“{{suggestion}}”？' },
      replace: { en: 'Change to "{{suggestion}}"', 'zh-CN': '改为“{{suggestion}}”' },
    },
  },
  checkPost(post, context) {
    const { config } = context.workspace;
    if (!config.usable) return;
    for (const ref of post.groupRefs) {
      if (config.groupsById.has(ref.id)) continue;
      const suggestion = closestMatch(ref.id, config.groupsById.keys());
      if (!suggestion) {
        context.report({ messageId: 'unknown', data: { id: ref.id }, span: ref.value.span });
        continue;
      }
      const edit = replaceScalar(post, ref.value, suggestion);
      context.report({
        messageId: 'unknownWithSuggestion',
        data: { id: ref.id, suggestion },
        span: ref.value.span,
        fix: edit && { messageId: 'replace', data: { suggestion }, edits: [edit] },
      });
    }
  },
});
