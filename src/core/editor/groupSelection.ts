import { closestMatch } from '../base/closest';
import type { Config, GroupConfig } from '../model/config';

export type GroupSelection = { ok: true; groups: GroupConfig[] } | { ok: false; unknownGroup: string; suggestion: string | undefined };

/**
 * The groups a list of ids selects, in community.yaml order: each id brings its group and every group nested
 * under it through `parent`, so `--group mom` covers `mom-vip` too. No ids selects every group.
 */
export function selectGroups(config: Config, ids: readonly string[]): GroupSelection {
  if (ids.length === 0) return { ok: true, groups: [...config.groups] };
  const children = new Map<string, string[]>();
  for (const group of config.groups) {
    if (group.parent === undefined) continue;
    const siblings = children.get(group.parent);
    if (siblings) siblings.push(group.id);
    else children.set(group.parent, [group.id]);
  }
  const selected = new Set<string>();
  for (const id of ids) {
    if (!config.groupsById.has(id)) return { ok: false, unknownGroup: id, suggestion: closestMatch(id, config.groupsById.keys()) };
    // a parent cycle is a config error that stops the run earlier; the visited check keeps this finite regardless
    const pending = [id];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (selected.has(next)) continue;
      selected.add(next);
      pending.push(...(children.get(next) ?? []));
    }
  }
  return { ok: true, groups: config.groups.filter((group) => selected.has(group.id)) };
}
