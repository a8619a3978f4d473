import { TermMatcher } from '../match/termMatcher';
import { BUILT_IN_BANNED_TERMS } from './banned-terms';
import { readableSpans } from './support';
import { definePostRule } from './types';

type Options = { words: readonly string[]; allow: readonly string[]; suggestions: Readonly<Record<string, string>> };

interface BannedTerms {
  matcher: TermMatcher;
  /** The suggestion for each of the matcher's terms, or null. */
  suggestions: ReadonlyArray<string | null>;
  /** Whether each term is the law's (built in) or only the team's: the message cites the law for the first only. */
  lawful: readonly boolean[];
}

const BUILT_IN_TERMS = new Set(Object.keys(BUILT_IN_BANNED_TERMS).map((term) => term.toLowerCase()));

// Options objects come from the rule cascade, one per distinct setting, so identity is a sound cache key.
const termsCache = new WeakMap<Options, BannedTerms>();

/** Every banned term of an option set (built-in and the team's, minus `allow`) in one matcher. Cached per option set. */
function bannedTermsFor(options: Options): BannedTerms {
  let banned = termsCache.get(options);
  if (!banned) {
    const suggestions = new Map<string, string | null>();
    const allowed = new Set(options.allow.map((term) => term.toLowerCase()));
    for (const [term, suggestion] of Object.entries(BUILT_IN_BANNED_TERMS)) if (!allowed.has(term.toLowerCase())) suggestions.set(term.toLowerCase(), suggestion);
    for (const term of options.words) if (!allowed.has(term.toLowerCase())) suggestions.set(term.toLowerCase(), suggestions.get(term.toLowerCase()) ?? null);
    for (const [term, suggestion] of Object.entries(options.suggestions)) if (suggestions.has(term.toLowerCase())) suggestions.set(term.toLowerCase(), suggestion);
    const terms = [...suggestions.keys()];
    banned = { matcher: new TermMatcher(terms), suggestions: [...suggestions.values()], lawful: terms.map((term) => BUILT_IN_TERMS.has(term)) };
    termsCache.set(options, banned);
  }
  return banned;
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
      teamWord: { en: '"{{term}}" is on the team\'s list of banned words', 'zh-CN': '“{{term}}”在团队的禁用词表中' },
      teamWordWithSuggestion: { en: '"{{term}}" is on the team\'s list of banned words; consider "{{suggestion}}"', 'zh-CN': '“{{term}}”在团队的禁用词表中，可改为“{{suggestion}}”' },
      replace: { en: 'Replace "{{term}}" with "{{suggestion}}"', 'zh-CN': '将“{{term}}”替换为“{{suggestion}}”' },
    },
  },
  checkPost(post, context) {
    const { matcher, suggestions, lawful } = bannedTermsFor(context.options);
    const text = post.source.text;
    for (const span of readableSpans(post)) {
      for (const { start, end, term: index } of matcher.hits(text, span.start, span.end)) {
        const term = text.slice(start, end);
        const suggestion = suggestions[index];
        if (suggestion === null) {
          context.report({ messageId: lawful[index] ? 'banned' : 'teamWord', data: { term }, span: { start, end } });
          continue;
        }
        context.report({
          messageId: lawful[index] ? 'bannedWithSuggestion' : 'teamWordWithSuggestion',
          data: { term, suggestion },
          span: { start, end },
          fix: { messageId: 'replace', data: { term, suggestion }, edits: [{ span: { start, end }, newText: suggestion }] },
        });
      }
    }
  },
});
