import { closestMatch } from '../closest';
import type { Config, PersonConfig } from '../config/types';
import type { Post, PersonRef } from '../parse/post';
import { replaceScalar } from './support';
import { definePostRule, type MessageIdOf, type PostRuleContext } from './types';

type Options = { requireReviewer: boolean; allowSelfReview: boolean };

const PERSON_FIELDS = ['owner', 'reviewer'] as const;

/** Whether a person may approve posts. */
export function canReview(person: PersonConfig): boolean {
  return person.roles.includes('reviewer') || person.roles.includes('lead');
}

export const reviewRule = definePostRule<Options>()({
  meta: {
    id: 'review',
    defaultSeverity: 'warning',
    description: {
      en: 'An approved or published post names a reviewer from people (reviewer or lead, not its owner); owner and reviewer are known person ids.',
      'zh-CN': '已通过或已发布的帖子写明审核人（people 中的 reviewer 或 lead，且不是负责人本人）；owner 与 reviewer 都是已知成员 id。',
    },
    options: {
      requireReviewer: { type: 'boolean', default: true, description: { en: 'An approved or published post must name a reviewer.', 'zh-CN': '已通过或已发布的帖子必须写明审核人。' } },
      allowSelfReview: { type: 'boolean', default: false, description: { en: 'The owner may also be the reviewer.', 'zh-CN': '负责人可以同时是审核人。' } },
    },
    fixable: true,
    messages: {
      missingReviewer: { en: 'The post is {{status}} but names no reviewer', 'zh-CN': '帖子状态为 {{status}}，但没有写明审核人（reviewer）' },
      notReviewer: { en: '"{{id}}" may not approve posts: a reviewer needs the reviewer or lead role', 'zh-CN': '“{{id}}”不能审核帖子：审核人需要 reviewer 或 lead 角色' },
      selfReview: { en: '"{{id}}" reviews their own post: the reviewer must not be the owner', 'zh-CN': '“{{id}}”审核了自己的帖子：审核人不能是负责人' },
      unknownPerson: { en: 'Unknown person "{{id}}" in {{field}}', 'zh-CN': '{{field}} 中的成员“{{id}}”未定义' },
      unknownPersonWithSuggestion: { en: 'Unknown person "{{id}}" in {{field}}; did you mean "{{suggestion}}"?', 'zh-CN': '{{field}} 中的成员“{{id}}”未定义；是否是“{{suggestion}}”？' },
      replace: { en: 'Change to "{{suggestion}}"', 'zh-CN': '改为“{{suggestion}}”' },
    },
    severityFloors: { unknownPerson: 'error', unknownPersonWithSuggestion: 'error' },
  },
  checkPost(post, context) {
    const { config } = context.workspace;
    if (!config.usable || config.people.length === 0) return;
    for (const field of PERSON_FIELDS) {
      const ref = post[field];
      if (ref && !config.peopleById.has(ref.id)) reportUnknown(post, ref, field, config, context);
    }
    if (post.status !== 'approved' && post.status !== 'published') return;
    const reviewerRef = post.reviewer;
    if (!reviewerRef) {
      if (!context.options.requireReviewer) return;
      const status = post.fields?.get('status')?.value;
      if (status) context.report({ messageId: 'missingReviewer', data: { status: post.status }, span: status.span });
      return;
    }
    const reviewer = config.peopleById.get(reviewerRef.id);
    if (!reviewer) return;
    if (!canReview(reviewer)) context.report({ messageId: 'notReviewer', data: { id: reviewer.id }, span: reviewerRef.value.span });
    else if (!context.options.allowSelfReview && post.owner?.id === reviewer.id) context.report({ messageId: 'selfReview', data: { id: reviewer.id }, span: reviewerRef.value.span });
  },
});

function reportUnknown(post: Post, ref: PersonRef, field: string, config: Config, context: PostRuleContext<Options, MessageIdOf<typeof reviewRule>>): void {
  const suggestion = closestMatch(ref.id, config.peopleById.keys());
  if (!suggestion) {
    context.report({ messageId: 'unknownPerson', data: { id: ref.id, field }, span: ref.value.span });
    return;
  }
  const edit = replaceScalar(post, ref.value, suggestion);
  context.report({
    messageId: 'unknownPersonWithSuggestion',
    data: { id: ref.id, field, suggestion },
    span: ref.value.span,
    fix: edit && { messageId: 'replace', data: { suggestion }, edits: [edit] },
  });
}
