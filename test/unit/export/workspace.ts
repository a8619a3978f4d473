import { numbered, postText } from '../../support/posts';
import { lintWorkspace } from '../../support/ruleTester';

/** A brand with two groups under it, and a group of its own: enough to see tree-aware selection. */
export const TREE_CONFIG = `timezone: Asia/Shanghai
groups:
  - id: mom
    name: 母婴品牌
  - id: mom-vip
    name: 母婴VIP服务群
    parent: mom
  - id: mom-newbie
    name: 新手妈妈群
    parent: mom
  - id: tea
`;

/** Five posts over two weeks; one goes to two groups, one to an unknown group, one has no valid time. */
export function treeWorkspace() {
  return lintWorkspace({
    config: TREE_CONFIG,
    posts: numbered(
      postText({ group: 'mom-vip', publish: '2026-11-24 20:00', type: 'practical', title: '辅食教程', status: 'approved' }),
      postText({ groups: ['mom-vip', 'mom-newbie'], publish: '2026-11-23 08:30', type: 'ad', title: '冬季特惠【广告】', ugc: false }),
      postText({ group: 'tea', publish: '2026-11-30 07:00', type: 'interactive', title: '早安', status: 'published', ugc: true }),
      postText({ group: 'mom', publish: '2026-11-29 23:59', type: 'notice' }),
      postText({ group: 'nobody', publish: '2026-11-25 10:00', type: 'notice', title: '无主' }),
      postText({ group: 'tea', publish: '2026-11-31 10:00', type: 'notice', title: '日期不对' }),
    ),
  }).index;
}
