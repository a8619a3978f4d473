import type { PostResult } from '../index/evaluate';
import type { PostSummary } from '../index/schedule';
import type { Diagnostic, Fix, MessageData, Severity } from '../model';

/**
 * A post's result as compact JSON values. Diagnostics are arrays, their rule id, severity and message ids numbers into
 * a table of strings shared by the whole cache file: a workspace with a hundred thousand typography notes stores
 * each as some sixty bytes, not four hundred. The file name is the entry's key and is not repeated.
 */
export type EncodedDiagnostic = [number, number, number, MessageData, number, number, number, number, number, number, EncodedFix?];
/** Fix: message id, its data (0: the diagnostic's own data), edits as start, end, new text, start, end, …. */
export type EncodedFix = [number, MessageData | 0, Array<number | string>];
export type EncodedSummary = Omit<PostSummary, 'path'>;

/** Strings by number and numbers by string, growing as a run meets new rule and message ids. */
export class StringTable {
  private readonly numbers = new Map<string, number>();

  constructor(readonly strings: string[] = []) {
    strings.forEach((text, number) => this.numbers.set(text, number));
  }

  numberOf(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      number = this.strings.push(text) - 1;
      this.numbers.set(text, number);
    }
    return number;
  }

  textOf(number: number): string {
    const text = this.strings[number];
    if (typeof text !== 'string') throw new TypeError(`no string ${number} in the cache's table`);
    return text;
  }
}

export function encodeDiagnostics(diagnostics: readonly Diagnostic[], table: StringTable): EncodedDiagnostic[] {
  return diagnostics.map((diagnostic) => {
    const { span, range, fix } = diagnostic;
    const encoded: EncodedDiagnostic = [
      table.numberOf(diagnostic.ruleId),
      table.numberOf(diagnostic.severity),
      table.numberOf(diagnostic.messageId),
      diagnostic.data,
      span.start,
      span.end,
      range.start.line,
      range.start.character,
      range.end.line,
      range.end.character,
    ];
    if (fix) encoded.push([table.numberOf(fix.messageId), fix.data === diagnostic.data ? 0 : fix.data, fix.edits.flatMap((edit) => [edit.span.start, edit.span.end, edit.newText])]);
    return encoded;
  });
}

function decodeFix([messageId, data, edits]: EncodedFix, diagnosticData: MessageData, table: StringTable): Fix {
  const decoded: Fix = { messageId: table.textOf(messageId), data: data === 0 ? diagnosticData : data, edits: [] };
  for (let at = 0; at + 2 < edits.length; at += 3) decoded.edits.push({ span: { start: edits[at] as number, end: edits[at + 1] as number }, newText: edits[at + 2] as string });
  return decoded;
}

/** The diagnostics of `file`, with the same fields in the same order as evaluatePost makes them. */
export function decodeDiagnostics(file: string, encoded: readonly EncodedDiagnostic[], table: StringTable): Diagnostic[] {
  return encoded.map(([ruleId, severity, messageId, data, start, end, startLine, startCharacter, endLine, endCharacter, fix]) => ({
    file,
    ruleId: table.textOf(ruleId),
    severity: table.textOf(severity) as Severity,
    messageId: table.textOf(messageId),
    data,
    span: { start, end },
    range: { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } },
    ...(fix ? { fix: decodeFix(fix, data, table) } : {}),
  }));
}

/** A copy without the path, taken when the post is evaluated: the index later takes the readable body off the summary. */
export function encodeSummary(summary: PostSummary): EncodedSummary {
  const copy: Partial<PostSummary> = { ...summary };
  delete copy.path;
  return copy as EncodedSummary;
}

/** A fresh summary object each time: the index takes the readable body off the summaries it loads. */
export function decodeSummary(path: string, encoded: EncodedSummary): PostSummary {
  return { path, ...encoded };
}

export function decodeResult(path: string, summary: EncodedSummary, diagnostics: readonly EncodedDiagnostic[], table: StringTable): PostResult {
  return { summary: decodeSummary(path, summary), diagnostics: decodeDiagnostics(path, diagnostics, table) };
}
