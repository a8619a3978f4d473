import type { MemoryHost } from './memoryHost';
import { at } from './defined';

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => at(items, Math.floor(random() * items.length));

/** What a post change needs from its test: a post's text, a path for a new file, and a fresh modification time. */
export interface PostChangeSource {
  post(): string;
  newPath(): string;
  stamp(): number;
}

/**
 * One change to the posts of a workspace in memory, as the cache's property tests draw them: an edit, a new post, a
 * deletion or a rename (which keeps the modification time). Returns false for a kind it does not make.
 */
export function changePosts(kind: string, random: Random, host: MemoryHost, source: PostChangeSource): boolean {
  const posts = [...host.files.keys()].filter((path) => path.startsWith('posts/'));
  const somePost = () => pick(random, posts);
  switch (kind) {
    case 'edit':
      if (posts.length > 0) host.write(somePost(), source.post(), source.stamp());
      return true;
    case 'add':
      host.write(source.newPath(), source.post(), source.stamp());
      return true;
    case 'delete':
      if (posts.length > 0) host.files.delete(somePost());
      return true;
    case 'rename': {
      if (posts.length === 0) return true;
      const from = somePost();
      const file = host.files.get(from);
      host.files.delete(from);
      if (file) host.files.set(source.newPath(), file);
      return true;
    }
    default:
      return false;
  }
}
