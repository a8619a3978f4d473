// Regenerates schemas/community.schema.json from the rules' metadata (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { buildConfigSchema } = require('../out/src/core/config/schema.js');
writeFileSync(new URL('../schemas/community.schema.json', import.meta.url), `${JSON.stringify(buildConfigSchema(), null, 2)}\n`);
