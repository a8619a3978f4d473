// Layering of src/core and import circles anywhere in src, checked by `npm run lint`.
// The layer table is written once, in docs/architecture.md; this file reads it from there.
const fs = require('node:fs');
const path = require('node:path');

/** Layers of src/core, lowest first, from the table rows `| 3 | `compliance` | … |` of each language section. */
function readLayerTables() {
  const text = fs.readFileSync(path.join(__dirname, 'docs', 'architecture.md'), 'utf8');
  const tables = text.split(/^## /m).slice(1).map((section) => {
    const layers = [];
    for (const line of section.split('\n')) {
      const row = /^\|\s*(\d+)\s*\|([^|]*)\|/.exec(line);
      if (!row) continue;
      const folders = [...row[2].matchAll(/`([a-z]+)`/g)].map((match) => match[1]);
      if (Number(row[1]) !== layers.length || folders.length === 0) throw new Error(`docs/architecture.md: layer row out of order or without a folder: ${line}`);
      layers.push(folders);
    }
    return layers;
  });
  const [first, ...others] = tables;
  if (!first || first.length === 0) throw new Error('docs/architecture.md: no layer table');
  for (const other of others) {
    if (JSON.stringify(other) !== JSON.stringify(first)) throw new Error('docs/architecture.md: the language sections list different layers');
  }
  return first;
}

const LAYERS = readLayerTables();
const FOLDERS = LAYERS.flat();
const anyOf = (folders) => `^src/core/(${folders.join('|')})/`;

/** A folder imports its own files and lower layers only: not its layer's siblings, not anything above. */
const layerRules = LAYERS.flatMap((layer, index) =>
  layer.map((folder) => ({
    name: `core-layer-${folder}`,
    comment: `src/core/${folder} (layer ${index}) imports only from lower layers (docs/architecture.md).`,
    severity: 'error',
    from: { path: anyOf([folder]) },
    to: { path: anyOf(LAYERS.slice(index).flat().filter((other) => other !== folder)) },
  })),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import circle anywhere in src, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-unplaced',
      comment: 'Every file of src/core sits in a folder of the layer table (docs/architecture.md).',
      severity: 'error',
      from: { path: '^src/core/', pathNot: anyOf(FOLDERS) },
      to: {},
    },
    {
      name: 'core-unplaced-target',
      comment: 'Every file of src/core sits in a folder of the layer table (docs/architecture.md).',
      severity: 'error',
      from: {},
      to: { path: '^src/core/', pathNot: anyOf(FOLDERS) },
    },
    ...layerRules,
  ],
  options: {
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
