import { BUILT_IN_BANNED_TERMS } from './banned-terms';
import { readableSpans } from './support';
import { definePostRule } from './types';

type Options = { words: readonly string[]; allow: readonly string[]; suggestions: Readonly<Record<string, string>> };

interface TermMatcher {
  pattern: RegExp;
  suggestions: ReadonlyMap<string, string | null>;
}

const WORD_CHAR = /[A-Za-z0-9_]/;
// Options objects come from the rule cascade, one per distinct setting, so identity is a sound cache key.
const matcherCache = new WeakMap<Options, TermMatcher>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of every term, longest first, so 最高级 wins over a user's 最高. Cached per option set. */
function matcherFor(options: Options): TermMatcher {
  let matcher = matcherCache.get(options);
  if (!matcher) {
    const suggestions = new Map<string, string | null>();
    const allowed = new Set(options.allow.map((term) => term.toLowerCase()));
    for (const [term, suggestion] of Object.entries(BUILT_IN_BANNED_TERMS)) if (!allowed.has(term.toLowerCase())) suggestions.set(term.toLowerCase(), suggestion);
    for (const term of options.words) if (!allowed.has(term.toLowerCase())) suggestions.set(term.toLowerCase(), suggestions.get(term.toLowerCase()) ?? null);
    for (const [term, suggestion] of Object.entries(options.suggestions)) if (suggestions.has(term.toLowerCase())) suggestions.set(term.toLowerCase(), suggestion);
    const terms = [...suggestions.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    matcher = { pattern: new RegExp(terms.length > 0 ? terms.join('|') : '(?!)', 'giu'), suggestions };
    matcherCache.set(options, matcher);
  }
  return matcher;
}

/** Latin words match whole words only ("cure" is not in "secure"); Chinese terms match anywhere. */
function atWordBoundaries(text: string, start: number, end: number): boolean {
  if (WORD_CHAR.test(text[start]) && start > 0 && WORD_CHAR.test(text[start - 1])) return false;
  return !(WORD_CHAR.test(text[end - 1]) && end < text.length && WORD_CHAR.test(text[end]));
}

export const bannedWordsRule = definePostRule<Options>({
  meta: {
    id: 'banned-words',
    scope: 'post',
    defaultSeverity: 'error',
    description: {
      en: 'No absolute terms the Advertising Law forbids (国家级, 最高级, 最佳…) and none of the team\'s own banned words, in the title or body.',
      'zh-CN': '标题和正文中不出现广告法禁止的绝对化用语（国家级、最高级、最佳等）及团队自定义的禁用词。',
    },
    options: {
      words: { type: 'strings', default: [], description: { en: 'More banned words or phrases (case-insensitive).', 'zh-CN': '追加的禁用词或短语（不区分大小写）。' } },
      allow: { type: 'strings', default: [], description: { en: 'Built-in terms to allow.', 'zh-CN': '允许使用的内置词。' } },
      suggestions: { type: 'stringMap', default: {}, description: { en: 'Replacement to suggest for a term (term: replacement).', 'zh-CN': '为某个词建议的替换（词: 替换）。' } },
    },
    fixable: true,
    messages: {
      banned: { en: '"{{term}}" is a banned absolute term (Advertising Law art. 9)', 'zh-CN': '“{{term}}”属于禁用的绝对化用语（广告法第九条）' },
      bannedWithSuggestion: { en: '"{{term}}" is a banned absolute term (Advertising Law art. 9); consider "{{suggestion}}"', 'zh-CN': '“{{term}}”属于禁用的绝对化用语（广告法第九条），可改为“{{suggestion}}”' },
      replace: { en: 'Replace "{{term}}" with "{{suggestion}}"', 'zh-CN': '将“{{term}}”替换为“{{suggestion}}”' },
    },
  },
  checkPost(post, context) {
    const { pattern, suggestions } = matcherFor(context.options);
    const text = post.source.text;
    for (const span of readableSpans(post)) {
      const slice = text.slice(span.start, span.end);
      for (const match of slice.matchAll(pattern)) {
        const start = span.start + (match.index ?? 0);
        const end = start + match[0].length;
        if (!atWordBoundaries(text, start, end)) continue;
        const term = match[0];
        const suggestion = suggestions.get(term.toLowerCase());
        if (suggestion === null || suggestion === undefined) {
          context.report({ messageId: 'banned', data: { term }, span: { start, end } });
          continue;
        }
        context.report({
          messageId: 'bannedWithSuggestion',
          data: { term, suggestion },
          span: { start, end },
          fix: { messageId: 'replace', data: { term, suggestion }, edits: [{ span: { start, end }, newText: suggestion }] },
        });
      }
    }
  },
});
