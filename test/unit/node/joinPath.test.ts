import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { joinNormalised } from '../../../src/node/joinPath';

describe('joinNormalised', () => {
  it('gives what path.join gives, for folders and relative paths of every kind', () => {
    const folders = ['/', '/a', '/a/b', '.', 'a', 'a/b', '/a b/c', '/a/', '/a/./b/../c'].map((folder) => path.normalize(folder));
    const relatives = ['x', 'x/y.md', '.x', 'x/.y', '...', 'x/...', ' ', 'a /b', 'x/./y', 'x/../y', '../x', './x', 'x//y', 'x/', '', '.', '..', 'x\\y', '帖子/早安.md'];
    for (const folder of folders) for (const relative of relatives) assert.equal(joinNormalised(folder, relative), path.join(folder, relative), `${folder} + ${relative}`);
  });
});
