import * as fs from 'node:fs';
import * as path from 'node:path';
import { evaluatePost, type PostResult, type RuleEnvironment } from '../core/index/evaluate';
import { decodeFile, stripBom, type DecodedFile } from '../core/text';

/**
 * Reads a post as text. Node decodes UTF-8 fastest straight into a string; only when that string shows
 * replacement characters or NULs (binary, UTF-16, GBK…) are the bytes read again and classified exactly.
 */
export function readPostFile(file: string): string | DecodedFile {
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('\ufffd') && !text.includes('\u0000')) return stripBom(text);
    return decodeFile(fs.readFileSync(file));
  } catch (error) {
    return { kind: 'unreadable', reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

export function evaluatePosts(root: string, paths: readonly string[], env: RuleEnvironment): PostResult[] {
  return paths.map((relative) => evaluatePost(relative, readPostFile(path.join(root, relative)), env));
}
