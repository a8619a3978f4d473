import { bannedTermSet, isException, type BannedTermSet } from '../compliance/bannedTermSet';
import { PACK_IDS } from '../compliance/packs';
import { POST_TYPES, SEVERITIES, type MessageData, type Severity, type SeveritySetting, type Span } from '../base/domain';
import type { Post } from '../parse/post';
import { proseSpans } from '../parse/proseSpans';
import { contentSpan } from '../parse/yamlValue';
import { bodySpan, PerSetting } from './support';
import { definePostRule } from './types';

type Options = {
  packs: readonly string[];
  lists: readonly string[];
  words: readonly string[];
  allow: readonly string[];
  suggestions: Readonly<Record<string, string>>;
  adTypes: readonly string[];
  otherSeverity: string;
};

const termSets = new PerSetting<Options, BannedTermSet>(
  (options) => JSON.stringify([options.packs, options.lists, options.words, options.allow, options.suggestions]),
  (options, config) => bannedTermSet(options, options.lists.flatMap((path) => config.wordLists.get(path)?.terms ?? [])),
);

const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\r?$/m;

/**
 * The spans readers read as prose: the title's source text and the body's prose. A first body heading that repeats
 * the title is the title again, and is left out so that one claim is one finding.
 */
function searchedSpans(post: Post): Span[] {
  const spans: Span[] = [];
  const title = post.fields?.get('title')?.value;
  if (title?.kind === 'string') spans.push(contentSpan(title));
  const body = bodySpan(post);
  if (body.end <= body.start) return spans;
  const text = post.source.text;
  let prose = proseSpans(text, body.start, body.end);
  const heading = post.title !== undefined && text.includes('#', body.start) ? HEADING.exec(text.slice(body.start)) : null;
  if (heading && post.title !== undefined && (heading[1] ?? '').trim() === post.title.trim()) {
    const start = body.start + heading.index;
    const end = start + heading[0].length;
    prose = prose.flatMap((span) => (span.end <= start || span.start >= end ? [span] : [{ start: span.start, end: start }, { start: end, end: span.end }].filter((part) => part.end > part.start)));
  }
  return [...spans, ...prose];
}

export const bannedWordsRule = definePostRule<Options>()({
  meta: {
    id: 'banned-words',
    defaultSeverity: 'error',
    description: {
      en: 'No absolute terms the Advertising Law forbids (国家级, 最高级, 最佳…) and none of the team\'s own banned words, in the title or body.',
      'zh-CN': '标题和正文中不出现广告法禁止的绝对化用语（国家级、最高级、最佳等）及团队自定义的禁用词。',
    },
    options: {
      packs: { type: 'strings', values: PACK_IDS, accumulates: true, default: ['ad-law'], description: { en: 'Built-in word packs to check (added up across the cascade).', 'zh-CN': '启用的内置词包（各层级合并）。' } },
      lists: { type: 'strings', accumulates: true, workspaceFiles: true, default: [], description: { en: 'Word list files, relative to community.yaml: one term a line, `term => suggestion  # reason` (added up across the cascade).', 'zh-CN': '词表文件（相对 community.yaml）：每行一个词，`词 => 建议  # 原因`（各层级合并）。' } },
      words: { type: 'strings', accumulates: true, default: [], description: { en: 'More banned words or phrases, case-insensitive (added up across the cascade).', 'zh-CN': '追加的禁用词或短语，不区分大小写（各层级合并）。' } },
      allow: { type: 'strings', accumulates: true, default: [], description: { en: 'Terms to allow, and ordinary words that contain a term (最佳拍档): where one stands, nothing is reported (added up across the cascade).', 'zh-CN': '放行的词，以及包含禁用词的普通词语（如“最佳拍档”）：出现处不提示（各层级合并）。' } },
      suggestions: { type: 'stringMap', default: {}, description: { en: 'Replacement to suggest for a term (term: replacement).', 'zh-CN': '为某个词建议的替换（词: 替换）。' } },
      adTypes: { type: 'strings', values: POST_TYPES, default: ['ad', 'activity'], description: { en: 'Post types whose built-in pack findings get the rule\'s severity.', 'zh-CN': '内置词包的命中按规则严重级别提示的帖子类型。' } },
      otherSeverity: { type: 'enum', values: SEVERITIES, default: 'info', description: { en: 'The most severe a built-in pack finding is in posts of other types (off: not reported).', 'zh-CN': '其他类型帖子中内置词包命中的最高严重级别（off：不提示）。' } },
    },
    fixable: true,
    messages: {
      banned: { en: '"{{term}}" is {{claim}} ({{source}})', 'zh-CN': '“{{term}}”属于{{claim}}（{{source}}）' },
      bannedWithSuggestion: { en: '"{{term}}" is {{claim}} ({{source}}); consider "{{suggestion}}"', 'zh-CN': '“{{term}}”属于{{claim}}（{{source}}），可改为“{{suggestion}}”' },
      teamWord: { en: '"{{term}}" is on the team\'s list of banned words', 'zh-CN': '“{{term}}”在团队的禁用词表中' },
      teamWordWithSuggestion: { en: '"{{term}}" is on the team\'s list of banned words; consider "{{suggestion}}"', 'zh-CN': '“{{term}}”在团队的禁用词表中，可改为“{{suggestion}}”' },
      listedWord: { en: '"{{term}}" is on the team\'s word list {{list}}', 'zh-CN': '“{{term}}”在团队词表 {{list}} 中' },
      listedWordWithSuggestion: { en: '"{{term}}" is on the team\'s word list {{list}}; consider "{{suggestion}}"', 'zh-CN': '“{{term}}”在团队词表 {{list}} 中，可改为“{{suggestion}}”' },
      replace: { en: 'Replace "{{term}}" with "{{suggestion}}"', 'zh-CN': '将“{{term}}”替换为“{{suggestion}}”' },
    },
  },
  checkPost(post, context) {
    const { matcher, entries, exceptions } = termSets.get(context.options, context.workspace.config);
    const isAd = post.type !== undefined && context.options.adTypes.includes(post.type);
    // built-in pack terms are claims in ads; elsewhere (a recipe, a news digest) at most otherSeverity
    const packCap: SeveritySetting = isAd ? 'error' : (context.options.otherSeverity as SeveritySetting);
    const text = post.source.text;
    for (const span of searchedSpans(post)) {
      for (const { start, end, term: index } of matcher.hits(text, span.start, span.end)) {
        const entry = entries[index];
        if (!entry || entry.kind === 'allowed' || (entry.kind === 'pack' && packCap === 'off') || isException(text, start, exceptions.get(index))) continue;
        const term = text.slice(start, end);
        const { suggestion } = entry;
        const base: { messageId: 'banned' | 'listedWord' | 'teamWord'; data: MessageData; maxSeverity?: Severity } =
          entry.kind === 'pack'
            ? { messageId: 'banned', data: { term, claim: entry.pack.claim, source: entry.source }, maxSeverity: packCap as Severity }
            : entry.list !== undefined
              ? { messageId: 'listedWord', data: { term, list: entry.list } }
              : { messageId: 'teamWord', data: { term } };
        if (suggestion === undefined) {
          context.report({ ...base, span: { start, end } });
          continue;
        }
        context.report({
          ...base,
          messageId: `${base.messageId}WithSuggestion`,
          data: { ...base.data, suggestion },
          span: { start, end },
          fix: { messageId: 'replace', data: { term, suggestion }, edits: [{ span: { start, end }, newText: suggestion }] },
        });
      }
    }
  },
});
