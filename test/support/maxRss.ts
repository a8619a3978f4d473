import * as fs from 'node:fs';

// Preloaded into a ccal run (`node -r …/maxRss.js`): writes the process's peak resident memory in KB, its threads
// included, to the file CCAL_TEST_RSS_FILE names, as the run ends.
const file = process.env.CCAL_TEST_RSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS)));
