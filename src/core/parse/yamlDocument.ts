import { parseDocument, type Document } from 'yaml';

// Real front matter and community.yaml are a few levels deep. Far deeper input makes the yaml parser recurse
// until V8 runs out of stack, which can abort the whole process (not just throw), so it never reaches the parser.
const MAX_NESTING = 300;

/** A cheap upper bound on nesting: indentation (one column at least per block level) plus open flow brackets. */
export function nestingEstimate(text: string): number {
  let deepest = 0;
  let flowDepth = 0;
  let indentation = 0;
  let atLineStart = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) {
      atLineStart = true;
      indentation = 0;
      continue;
    }
    if (atLineStart && (code === 0x20 || code === 0x09)) {
      indentation++;
      continue;
    }
    atLineStart = false;
    if (code === 0x5b || code === 0x7b) flowDepth++;
    else if ((code === 0x5d || code === 0x7d) && flowDepth > 0) flowDepth--;
    const depth = indentation + flowDepth;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/** How the product reads YAML: the 1.2 core schema, duplicate keys as errors. */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;

export type ParsedYaml = { kind: 'document'; doc: Document } | { kind: 'tooDeep' };

/** Parses YAML the way the product reads it (YAML_OPTIONS), refusing absurd nesting. */
export function isTooDeep(text: string): boolean {
  return nestingEstimate(text) > MAX_NESTING;
}

export function parseYaml(text: string): ParsedYaml {
  if (isTooDeep(text)) return { kind: 'tooDeep' };
  return { kind: 'document', doc: parseDocument(text, YAML_OPTIONS) };
}
