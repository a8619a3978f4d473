import { POST_STATUSES, POST_TYPES, type Localized, type MessageData, type PostStatus, type PostType } from '../base/domain';
import { SourceText, type DecodedFile, type SkipReason } from '../base/text';
import { parsePublish, type ParsedPublish } from '../time/publish';
import { NO_SUPPRESSIONS, parseSuppressions, type Suppressions } from './directives';
import { readRepeat, type RepeatField } from './repeat';
import { parseFrontMatter, type FrontMatter, type FrontMatterProblemId } from './frontMatter';
import type { YamlEntry, YamlValue } from './yamlValue';

export interface GroupRef {
  id: string;
  /** The id's scalar in the front matter, for positions and edits. */
  value: YamlValue;
}

/** A person id written under `owner` or `reviewer`, with its scalar for positions and edits. */
export interface PersonRef {
  id: string;
  value: YamlValue;
}

export interface PublishField {
  raw: string;
  value: YamlValue;
  parsed: ParsedPublish;
}

/** One post file, read and interpreted; independent of community.yaml so it can be cached across config edits. */
export interface Post {
  path: string;
  source: SourceText;
  frontMatter: FrontMatter;
  suppressions: Suppressions;
  /** Present only when the front matter is a valid mapping. */
  fields?: ReadonlyMap<string, YamlEntry>;
  title?: string;
  /** Every group id written under `group` or `groups`, in order, duplicates removed. */
  groupRefs: GroupRef[];
  publish?: PublishField;
  /** `repeat` when the front matter has one: the post is a series (SPEC §6.2). */
  repeat?: RepeatField;
  /** The post's type when it is one of the known types. */
  type?: PostType;
  /** The post's status; `draft` when absent, undefined when the value is not a known status. */
  status?: PostStatus;
  ugc: boolean;
  tags: string[];
  /** The person ids under `owner` and `reviewer`, when written as one non-empty scalar. */
  owner?: PersonRef;
  reviewer?: PersonRef;
}

const DECODE_PROBLEMS = { binary: 'binary', utf16: 'utf16', 'not-utf8': 'notUtf8' } as const;
const SKIP_PROBLEMS = { special: 'notRegular', tooLarge: 'tooLarge', linkOutside: 'linkOutside', linkBroken: 'linkBroken', unsafeName: 'unsafeName', folderUnreadable: 'folderUnreadable' } as const;
const SPECIAL_KINDS: Readonly<Record<Extract<SkipReason, { why: 'special' }>['kind'], Localized>> = {
  fifo: { en: 'a FIFO (named pipe)', 'zh-CN': '命名管道（FIFO）' },
  socket: { en: 'a socket', 'zh-CN': '套接字' },
  device: { en: 'a device', 'zh-CN': '设备文件' },
  other: { en: 'another kind of file', 'zh-CN': '其他类型的文件' },
};

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Why a file's content is not there to check: the front-matter rule reports it at the top of the file. */
function contentProblem(content: Exclude<DecodedFile, { kind: 'text' }>): { messageId: FrontMatterProblemId; data: MessageData } {
  switch (content.kind) {
    case 'unreadable':
      return { messageId: 'unreadable', data: { reason: content.reason } };
    case 'skipped': {
      const reason = content.reason;
      const data: MessageData =
        reason.why === 'special' ? { kind: SPECIAL_KINDS[reason.kind] } : reason.why === 'tooLarge' ? { size: megabytes(reason.bytes), limit: megabytes(reason.limit) } : 'code' in reason ? { code: reason.code } : {};
      return { messageId: SKIP_PROBLEMS[reason.why], data };
    }
    default:
      return { messageId: DECODE_PROBLEMS[content.kind], data: {} };
  }
}

export function readPost(path: string, content: string | DecodedFile): Post {
  if (typeof content !== 'string' && content.kind !== 'text') {
    const source = new SourceText('');
    const frontMatter: FrontMatter = {
      problems: [{ ...contentProblem(content), span: { start: 0, end: 0 } }],
      openFence: { start: 0, end: 0 },
      bodyStart: 0,
    };
    return { path, source, frontMatter, suppressions: NO_SUPPRESSIONS, groupRefs: [], ugc: false, tags: [] };
  }
  const text = typeof content === 'string' ? content : content.text;
  const source = new SourceText(text);
  const frontMatter = parseFrontMatter(text);
  const suppressions = parseSuppressions(source, frontMatter.yamlSpan, frontMatter.bodyStart);
  const post: Post = { path, source, frontMatter, suppressions, groupRefs: [], ugc: false, tags: [] };
  const fields = frontMatter.fields;
  if (!fields) return post;
  post.fields = fields;
  const title = fields.get('title')?.value;
  if (title?.kind === 'string') post.title = title.value;
  post.groupRefs = readGroupRefs(fields);
  const publish = fields.get('publish')?.value;
  if (publish?.kind === 'string') post.publish = { raw: publish.value, value: publish, parsed: parsePublish(publish.value) };
  const repeat = fields.get('repeat');
  if (repeat) post.repeat = readRepeat(repeat);
  const type = fields.get('type')?.value;
  if (type?.kind === 'string' && (POST_TYPES as readonly string[]).includes(type.value)) post.type = type.value as PostType;
  const status = fields.get('status')?.value;
  if (!status || status.kind === 'null') post.status = 'draft';
  else if (status.kind === 'string' && (POST_STATUSES as readonly string[]).includes(status.value)) post.status = status.value as PostStatus;
  const ugc = fields.get('ugc')?.value;
  post.ugc = ugc?.kind === 'boolean' && ugc.value;
  post.tags = readTags(fields.get('tags')?.value);
  post.owner = readPersonRef(fields.get('owner')?.value);
  post.reviewer = readPersonRef(fields.get('reviewer')?.value);
  return post;
}

function readPersonRef(value: YamlValue | undefined): PersonRef | undefined {
  if (value?.kind === 'string' && value.value !== '') return { id: value.value, value };
  // an id of digits alone reads as a YAML number
  if (value?.kind === 'number') return { id: String(value.value), value };
  return undefined;
}

function readGroupRefs(fields: ReadonlyMap<string, YamlEntry>): GroupRef[] {
  const refs: GroupRef[] = [];
  const seen = new Set<string>();
  const add = (value: YamlValue) => {
    if (value.kind !== 'string' || value.value === '' || seen.has(value.value)) return;
    seen.add(value.value);
    refs.push({ id: value.value, value });
  };
  const group = fields.get('group')?.value;
  if (group) add(group);
  const groups = fields.get('groups')?.value;
  if (groups?.kind === 'list') groups.items.forEach(add);
  return refs;
}

function readTags(value: YamlValue | undefined): string[] {
  if (!value) return [];
  if (value.kind === 'string') return [value.value];
  if (value.kind === 'list') return value.items.flatMap((item) => (item.kind === 'string' ? [item.value] : item.kind === 'number' ? [String(item.value)] : []));
  return [];
}
