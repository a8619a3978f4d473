import type { FileMetadata } from '../../src/core/cache/stamp';
import type { Config } from '../../src/core/model/config';
import type { PostListing, WorkspaceHost } from '../../src/core/session/host';

export interface MemoryFile {
  text: string;
  mtimeMs: number;
}

/** A workspace in memory whose files have modification times, counting what is read and stat'ed. */
export class MemoryHost implements WorkspaceHost {
  readonly reads: string[] = [];
  stats = 0;

  constructor(readonly files = new Map<string, MemoryFile>()) {}

  write(path: string, text: string, mtimeMs: number): void {
    this.files.set(path, { text, mtimeMs });
  }

  async readFile(path: string): Promise<string | undefined> {
    this.reads.push(path);
    return this.files.get(path)?.text;
  }

  async listPosts(config: Config): Promise<PostListing> {
    return { files: [...this.files.keys()].filter((path) => config.postSelection.matches(path)).sort(), skipped: [] };
  }

  async stat(path: string): Promise<FileMetadata | undefined> {
    this.stats++;
    const file = this.files.get(path);
    return file && { size: new TextEncoder().encode(file.text).length, mtimeMs: file.mtimeMs };
  }
}

/** Everything a session shows: each file's diagnostics and each post's summary, as one text. */
export function sessionReport(session: { index: { files(): string[]; diagnosticsFor(path: string): unknown[]; summaries(): Iterable<object & { path: string }> } }): string {
  const files = session.index.files().sort();
  const summaries = [...session.index.summaries()].map((summary) => ({ ...summary, readableBody: undefined })).sort((a, b) => (a.path < b.path ? -1 : 1));
  return [...files.map((file) => `${file} ${JSON.stringify(session.index.diagnosticsFor(file))}`), JSON.stringify(summaries)].join('\n');
}

/** Each file's diagnostics as one text: what a session that keeps only results (`ccal lint`) shows. */
export function resultsReport(session: { files(): string[]; diagnosticsFor(path: string): unknown[] }): string {
  return session
    .files()
    .sort()
    .map((file) => `${file} ${JSON.stringify(session.diagnosticsFor(file))}`)
    .join('\n');
}
