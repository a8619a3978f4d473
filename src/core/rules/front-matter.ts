import { definePostRule } from './types';

export const frontMatterRule = definePostRule()({
  meta: {
    id: 'front-matter',
    defaultSeverity: 'error',
    description: {
      en: 'A post starts with YAML front matter between --- lines that is a mapping of fields.',
      'zh-CN': '帖子以 --- 包围的 YAML 头信息开头，且头信息是字段映射。',
    },
    options: {},
    fixable: false,
    messages: {
      missing: { en: 'No front matter: a post starts with a "---" line, its fields, and another "---" line', 'zh-CN': '缺少头信息：帖子应以“---”行开始，写明字段，再以“---”行结束' },
      unterminated: { en: 'Front matter is not closed: add a "---" line after the fields', 'zh-CN': '头信息没有结束：请在字段后加一行“---”' },
      yamlError: { en: 'Front matter is not valid YAML: {{reason}}', 'zh-CN': '头信息不是有效的 YAML：{{reason}}' },
      tooDeep: { en: 'Front matter is nested too deeply to read', 'zh-CN': '头信息嵌套过深，无法读取' },
      empty: { en: 'Front matter is empty: add title, group, publish and type', 'zh-CN': '头信息为空：请添加 title、group、publish 和 type' },
      tooManyAliases: { en: 'Front matter has more than {{max}} aliases (*name); ccal reads at most {{max}}', 'zh-CN': '头信息中的别名（*name）超过 {{max}} 个，ccal 最多读取 {{max}} 个' },
      notMapping: { en: 'Front matter must be a mapping of fields (key: value), not a {{kind}}', 'zh-CN': '头信息必须是字段映射（key: value），而不是 {{kind}}' },
      binary: { en: 'File looks binary (it contains NUL bytes); skipped', 'zh-CN': '文件看起来是二进制（含 NUL 字节），已跳过' },
      utf16: { en: 'File is UTF-16 encoded; save it as UTF-8 to lint it', 'zh-CN': '文件为 UTF-16 编码；请另存为 UTF-8 后再检查' },
      unreadable: { en: 'File could not be read ({{reason}}); skipped', 'zh-CN': '无法读取文件（{{reason}}），已跳过' },
      notRegular: { en: 'Not a regular file but {{kind}}; skipped without reading it', 'zh-CN': '不是普通文件，而是{{kind}}；未读取，已跳过' },
      tooLarge: { en: 'File is {{size}}, above the {{limit}} limit for a post; skipped', 'zh-CN': '文件大小 {{size}}，超过帖子上限 {{limit}}，已跳过' },
      linkOutside: { en: 'Symbolic link to a file outside the workspace folder; skipped without reading it', 'zh-CN': '符号链接指向工作区文件夹之外，未读取，已跳过' },
      linkBroken: { en: 'Symbolic link that leads nowhere ({{code}}: missing target or a loop); skipped', 'zh-CN': '符号链接无法解析（{{code}}：目标不存在或循环链接），已跳过' },
      unsafeName: { en: 'File name has a backslash or a name Windows reads as a path step; skipped', 'zh-CN': '文件名含反斜杠，或会被 Windows 当作路径的一部分，已跳过' },
      folderUnreadable: { en: 'Folder could not be read ({{code}}): the posts in it are not checked', 'zh-CN': '无法读取文件夹（{{code}}），其中的帖子未检查' },
      notUtf8: { en: 'File is not valid UTF-8 (GBK or another encoding?); save it as UTF-8 to lint it', 'zh-CN': '文件不是有效的 UTF-8（可能是 GBK 等编码）；请另存为 UTF-8 后再检查' },
    },
  },
  checkPost(post, context) {
    for (const problem of post.frontMatter.problems) context.report({ messageId: problem.messageId, data: problem.data, span: problem.span });
  },
});
