import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Services } from '../../../src/extension/services';
import { activeServices, until, workspaceUri } from './helpers';

// a month folder that arrives whole (a git pull, a copy), and leaves whole
const FOLDER = 'posts/2027-02';
const POSTS = 12;

function postsIn(api: Services, folder: string): number {
  const community = api.communities.all()[0];
  return community ? community.session.index.files().filter((file) => file.startsWith(`${folder}/`)).length : 0;
}

suite('Folders arriving and leaving', () => {
  test('posts in a folder created with its files are all checked, and all dropped when the folder is deleted or moved', async () => {
    const { services: api } = await activeServices();
    const root = workspaceUri(FOLDER).fsPath;
    const nested = path.join(root, 'week-1');
    fs.mkdirSync(nested, { recursive: true });
    for (let post = 1; post <= POSTS; post++) {
      const day = String(post).padStart(2, '0');
      fs.writeFileSync(path.join(post % 2 === 0 ? nested : root, `2027-02-${day}-post.md`), `---\ntitle: 二月第${post}篇\ngroup: mom-vip\npublish: 2027-02-${day} 10:00\ntype: practical\nstatus: draft\n---\n正文\n`);
    }
    await until(`all ${POSTS} posts of the new folder checked`, () => postsIn(api, FOLDER) === POSTS);
    const moved = 'posts/2027-03';
    fs.renameSync(root, workspaceUri(moved).fsPath);
    await until('the moved folder\'s posts under their new paths only', () => postsIn(api, FOLDER) === 0 && postsIn(api, moved) === POSTS);
    fs.rmSync(workspaceUri(moved).fsPath, { recursive: true });
    await until('the deleted folder\'s posts gone', () => postsIn(api, moved) === 0);
    assert.equal(postsIn(api, 'posts/2027-0'), 0);
  });
});
