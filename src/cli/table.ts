// Chinese characters take two terminal columns: aligning by string length would skew every row after a CJK cell.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns a text takes in a terminal (East Asian wide and fullwidth characters count two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

export interface TableColumn {
  heading: string;
  align: 'left' | 'right';
}

/** A plain-text table: a heading row, a rule, then the rows; columns two spaces apart, no trailing spaces. */
export function textTable(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>): string {
  // a loop, not Math.max(...rows): a spread of 150 000 arguments overflows the stack
  const widths = columns.map((column, index) => rows.reduce((widest, row) => Math.max(widest, displayWidth(row[index] ?? '')), displayWidth(column.heading)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => {
        const padding = ' '.repeat(Math.max(0, (widths[index] ?? 0) - displayWidth(cell)));
        return columns[index]?.align === 'right' ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.heading)), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
