// Regenerates the pack tables of docs/rules/banned-words.md from the pack data (run after `npm run build`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { packDocsMarkdown, PACK_DOCS_START, PACK_DOCS_END } = require('../out/src/core/compliance/packDocs.js');
const page = new URL('../docs/rules/banned-words.md', import.meta.url);
const text = readFileSync(page, 'utf8');
const start = text.indexOf(PACK_DOCS_START);
const end = text.indexOf(PACK_DOCS_END);
if (start === -1 || end === -1) throw new Error('docs/rules/banned-words.md has no pack markers');
writeFileSync(page, `${text.slice(0, start)}${packDocsMarkdown()}${text.slice(end + PACK_DOCS_END.length)}`);
