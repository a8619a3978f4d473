// Section: `ccal lint` on long posts (418 articles of ~23 KB), where duplicate-content's signatures used to saturate
// and every pair in the window was compared exactly (issue 15: 4.1–5.0 s with the rule, 0.37 s without).
import path from 'node:path';
import { BODY_RULES, LONG_POSTS, NO_BODY_RULES_CONFIG, NO_DUPLICATES_CONFIG, generateLongPosts } from '../longPosts.mjs';
import { floorCommand, measureRotated, warmUp } from '../measure.mjs';

const TARGET_FLOOR_RATIO = 1.5;
const NOW = '2026-06-01T09:00';

function commands({ repoRoot, ccalBin, workspace }) {
  const lint = (id, name, extra) => ({
    id,
    name,
    display: `node bin/ccal.js lint <long> --format json --now ${NOW}${extra.length ? ` ${extra.join(' ')}` : ''}`,
    cwd: repoRoot,
    args: [ccalBin, 'lint', workspace, '--format', 'json', '--now', NOW, ...extra],
    okStatuses: [0, 1],
    verify(stdout) {
      const reports = JSON.parse(stdout);
      const duplicates = reports.reduce((sum, report) => sum + report.messages.filter((message) => message.ruleId === 'duplicate-content').length, 0);
      if (reports.length < LONG_POSTS.posts) throw new Error(`ccal reported ${reports.length} files, expected at least ${LONG_POSTS.posts}`);
      return `${reports.length} files reported, ${duplicates} duplicate-content warnings`;
    },
  });
  return [
    lint('ccal', 'ccal lint', []),
    lint('ccalNoDuplicates', 'ccal lint, duplicate-content off', ['--config', path.join(workspace, NO_DUPLICATES_CONFIG)]),
    lint('ccalNoBodyRules', 'ccal lint, the four rules that read bodies off', ['--config', path.join(workspace, NO_BODY_RULES_CONFIG)]),
    floorCommand(repoRoot, workspace, '<long>'),
  ];
}

export const longPostsSection = {
  id: 'long-posts',
  title: 'Lint long posts (418 articles of 23 KB)',
  method: () => [
    `**Workspace**: \`bench/longPosts.mjs\` writes ${LONG_POSTS.posts} posts of about ${LONG_POSTS.bytesPerPost / 1000} KB (9.7 MB) to one group, four a day, so each post has about 120 others within duplicate-content's 30 days; 1 % are reposts of a recent article, which the rule must find. Bodies are strings of words cut from the generator's corpus: unrelated articles share their vocabulary, as the issues of one newsletter do.`,
    `**ccal lint** with and without duplicate-content (\`--config\` of the same workspace with the rule off), without any of the rules that read every character of a body (${BODY_RULES.join(', ')}), and the floor on the same files.`,
  ],
  async run(context) {
    const workspace = generateLongPosts();
    const list = commands({ ...context, workspace });
    const verified = {};
    for (const command of list) verified[command.id] = warmUp(command, context.workDir);
    const rows = measureRotated(list, context.runs, context.workDir, context.log);
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    const ratio = byId.ccal.wallMs.median / byId.floor.wallMs.median;
    const ruleCost = byId.ccal.wallMs.median - byId.ccalNoDuplicates.wallMs.median;
    return {
      rows,
      checks: [{ label: 'ccal on long posts / floor', target: `≤ ${TARGET_FLOOR_RATIO}×`, actual: `${ratio.toFixed(2)}×`, met: ratio <= TARGET_FLOOR_RATIO }],
      notes: [
        `duplicate-content costs ${Math.round(ruleCost)} ms of the run (median with it minus median without).`,
        `Without the four rules that read bodies, ccal takes ${(byId.ccalNoBodyRules.wallMs.median / byId.floor.wallMs.median).toFixed(2)}× the floor: the rest is those rules reading ${Math.round(byId.ccal.wallMs.median - byId.ccalNoBodyRules.wallMs.median)} ms of 9.7 MB of text, which the floor reads but does not look at.`, ...Object.entries(verified).map(([id, summary]) => `Warm-up output of ${byId[id].name}: ${summary}.`)],
    };
  },
};
