/** A post's text from its front-matter fields, for calendar-rule workspaces. */
export function postText(fields: { group?: string; groups?: string[]; publish: string; type: string; title?: string; status?: string; ugc?: boolean }, body = '正文'): string {
  const lines = ['---', `title: ${fields.title ?? '帖子'}`];
  if (fields.group) lines.push(`group: ${fields.group}`);
  if (fields.groups) lines.push(`groups: [${fields.groups.join(', ')}]`);
  lines.push(`publish: ${fields.publish}`, `type: ${fields.type}`);
  if (fields.status) lines.push(`status: ${fields.status}`);
  if (fields.ugc !== undefined) lines.push(`ugc: ${fields.ugc}`);
  lines.push('---', body, '');
  return lines.join('\n');
}

/** Posts named posts/p01.md, posts/p02.md… (paths sort in creation order). */
export function numbered(...texts: string[]): Record<string, string> {
  return Object.fromEntries(texts.map((text, index) => [`posts/p${String(index + 1).padStart(2, '0')}.md`, text]));
}
