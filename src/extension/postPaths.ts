import type { Community } from './community';

/** Where new posts go: the fixed folders at the start of the first `posts` glob (posts/ by default). */
export function postsFolder(community: Community): string {
  const glob = community.session.config.postGlobs.find((candidate) => !candidate.startsWith('!')) ?? 'posts/**/*.md';
  const folders: string[] = [];
  for (const segment of glob.split('/').slice(0, -1)) {
    if (/[*?{[]/.test(segment)) break;
    folders.push(segment);
  }
  return folders.map((folder) => `${folder}/`).join('');
}

export async function freePath(community: Community, folder: string, base: string): Promise<string> {
  for (let suffix = 1; ; suffix++) {
    const path = `${folder}${base}${suffix === 1 ? '' : `-${suffix}`}.md`;
    if (!(await community.exists(path))) return path;
  }
}
