import { closestMatch } from '../closest';
import { POST_STATUSES, POST_TYPES, type Localized } from '../model';
import type { Post } from '../parse/post';
import type { YamlEntry, YamlValue } from '../parse/yamlValue';
import { appendFrontMatterLine, entrySpan, replaceScalar } from './support';
import { definePostRule, type MessageIdOf, type PostRuleContext, type WorkspaceFacts } from './types';

const KIND = {
  text: { en: 'a text', 'zh-CN': '文本' },
  groupId: { en: 'a group id', 'zh-CN': '群组 id' },
  groupList: { en: 'a list of group ids', 'zh-CN': '群组 id 列表' },
  dateTime: { en: 'a date and time such as 2026-11-23 08:30', 'zh-CN': '日期时间，如 2026-11-23 08:30' },
  type: { en: `one of ${POST_TYPES.join(', ')}`, 'zh-CN': `${POST_TYPES.join('、')} 之一` },
  status: { en: `one of ${POST_STATUSES.join(', ')}`, 'zh-CN': `${POST_STATUSES.join('、')} 之一` },
} satisfies Record<string, Localized>;

type Report = PostRuleContext<object, MessageIdOf<typeof requiredFieldsRule>>['report'];

function isBlank(value: YamlValue): boolean {
  return value.kind === 'null' || (value.kind === 'string' && value.value.trim() === '');
}

/** A placeholder line for a missing field, so the quick fix leaves a post that reads as a post. */
function missingFieldLine(post: Post, field: string, workspace: WorkspaceFacts): string | undefined {
  const fileName = post.path.slice(post.path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  const datePrefix = /^(\d{4}-\d{2}-\d{2})/.exec(fileName)?.[1];
  switch (field) {
    case 'title':
      return `title: ${fileName.replace(/^\d{4}-\d{2}-\d{2}-?/, '') || fileName}`;
    case 'group': {
      const firstGroup = workspace.config.groups[0];
      return firstGroup ? `group: ${firstGroup.id}` : undefined;
    }
    case 'publish':
      return `publish: ${datePrefix ?? workspace.today} 09:00`;
    case 'type':
      return 'type: practical';
  }
  return undefined;
}

/** The field's entry when it is there but blank (`title: ""`, `group:`, `groups: []`): the fix fills it in place. */
function blankEntry(post: Post, field: string): YamlEntry | undefined {
  return post.fields?.get(field) ?? (field === 'group' ? post.fields?.get('groups') : undefined);
}

function reportMissing(post: Post, field: string, report: Report, workspace: WorkspaceFacts): void {
  const line = missingFieldLine(post, field, workspace);
  const blank = blankEntry(post, field);
  // a second `title:` beside a blank one would make the front matter invalid YAML (duplicate keys)
  const edit = line === undefined ? undefined : blank ? { span: entrySpan(blank), newText: line } : appendFrontMatterLine(post, line);
  report({
    messageId: 'missing',
    data: { field },
    span: post.frontMatter.openFence,
    fix: edit ? { messageId: 'insertField', data: { line: line ?? '' }, edits: [edit] } : undefined,
  });
}

function checkText(post: Post, field: 'title' | 'publish', expected: Localized, report: Report, workspace: WorkspaceFacts): void {
  const value = post.fields?.get(field)?.value;
  if (!value || isBlank(value)) reportMissing(post, field, report, workspace);
  else if (value.kind !== 'string') report({ messageId: 'wrongKind', data: { field, expected }, span: value.span });
}

function checkGroups(post: Post, report: Report, workspace: WorkspaceFacts): void {
  const group = post.fields?.get('group')?.value;
  const groups = post.fields?.get('groups')?.value;
  const groupGiven = group !== undefined && !isBlank(group);
  const groupsGiven = groups !== undefined && groups.kind !== 'null' && !(groups.kind === 'list' && groups.items.length === 0);
  if (!groupGiven && !groupsGiven) {
    reportMissing(post, 'group', report, workspace);
    return;
  }
  if (group && groupGiven && group.kind !== 'string') report({ messageId: 'wrongKind', data: { field: 'group', expected: KIND.groupId }, span: group.span });
  if (!groups || !groupsGiven) return;
  if (groups.kind !== 'list') {
    report({ messageId: 'wrongKind', data: { field: 'groups', expected: KIND.groupList }, span: groups.span });
    return;
  }
  for (const item of groups.items) {
    if (item.kind !== 'string' || item.value.trim() === '') report({ messageId: 'wrongKind', data: { field: 'groups', expected: KIND.groupList }, span: item.span });
  }
}

function checkChoice(post: Post, field: 'type' | 'status', values: readonly string[], report: Report, workspace: WorkspaceFacts): void {
  const value = post.fields?.get(field)?.value;
  if (!value || value.kind === 'null') {
    if (field === 'type') reportMissing(post, field, report, workspace);
    return;
  }
  if (value.kind !== 'string') {
    report({ messageId: 'wrongKind', data: { field, expected: field === 'type' ? KIND.type : KIND.status }, span: value.span });
    return;
  }
  if (values.includes(value.value)) return;
  const suggestion = closestMatch(value.value, values);
  const edit = suggestion === undefined ? undefined : replaceScalar(post, value, suggestion);
  report({
    messageId: field === 'type' ? 'unknownType' : 'unknownStatus',
    data: { value: value.value, expected: field === 'type' ? KIND.type : KIND.status },
    span: value.span,
    fix: edit ? { messageId: 'replaceValue', data: { value: edit.newText }, edits: [edit] } : undefined,
  });
}

export const requiredFieldsRule = definePostRule()({
  meta: {
    id: 'required-fields',
    defaultSeverity: 'error',
    description: {
      en: 'A post has a title, group or groups, publish and type of the right kind, and a known type and status.',
      'zh-CN': '帖子须有类型正确的 title、group（或 groups）、publish 和 type，且 type、status 取值有效。',
    },
    options: {},
    fixable: true,
    messages: {
      missing: { en: 'Missing required field "{{field}}"', 'zh-CN': '缺少必填字段“{{field}}”' },
      wrongKind: { en: '"{{field}}" must be {{expected}}', 'zh-CN': '“{{field}}”必须是{{expected}}' },
      unknownType: { en: 'Unknown type "{{value}}" (expected {{expected}})', 'zh-CN': '未知类型“{{value}}”（应为 {{expected}}）' },
      unknownStatus: { en: 'Unknown status "{{value}}" (expected {{expected}})', 'zh-CN': '未知状态“{{value}}”（应为 {{expected}}）' },
      insertField: { en: 'Insert "{{line}}"', 'zh-CN': '插入“{{line}}”' },
      replaceValue: { en: 'Change to "{{value}}"', 'zh-CN': '改为“{{value}}”' },
    },
  },
  checkPost(post, context) {
    if (!post.fields) return;
    const { report, workspace } = context;
    checkText(post, 'title', KIND.text, report, workspace);
    checkGroups(post, report, workspace);
    checkText(post, 'publish', KIND.dateTime, report, workspace);
    checkChoice(post, 'type', POST_TYPES, report, workspace);
    checkChoice(post, 'status', POST_STATUSES, report, workspace);
  },
});
