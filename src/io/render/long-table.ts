import stringWidth from 'string-width';
import { oneLineSafe } from './document/sanitize.js';
import { cellText, type Cell, type Column } from './tabular.js';

/**
 * The document's terminal table drawn line by line, for tables of any length: the column widths come from
 * a first pass over the rows, so each row is drawn on its own, in time linear in the count
 * (cli-table3 lays a whole table out at once, in time that grows faster than its rows).
 */
export interface TableLines {
  head: string;
  row(row: Record<string, Cell>): string;
  end: string;
}

/** Printable ASCII, most cells, is one cell per character: string-width's Unicode tables only for the rest. */
function width(text: string): number {
  return /^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text);
}

/** Calls are one line each, whatever their cells hold, and nothing in them reaches the terminal as a control code. */
function oneLine(value: Cell): string {
  return oneLineSafe(cellText(value));
}

export function columnWidths(columns: readonly Column[], rows: Iterable<Record<string, Cell>>): { widths: number[]; count: number } {
  const widths = columns.map((column) => width(column.header));
  let count = 0;
  for (const row of rows) {
    count += 1;
    columns.forEach((column, index) => {
      widths[index] = Math.max(widths[index]!, width(oneLine(row[column.key])));
    });
  }
  return { widths, count };
}

export function tableLines(columns: readonly Column[], widths: readonly number[], options: { borders: boolean }): TableLines {
  const pad = (text: string, index: number) => {
    const gap = ' '.repeat(widths[index]! - width(text));
    return columns[index]!.align === 'right' ? gap + text : text + gap;
  };
  const line = (cells: string[]) => (options.borders ? `│ ${cells.map(pad).join(' │ ')} │\n` : `${cells.map(pad).join('    ').trimEnd()}\n`);
  const rule = (left: string, cross: string, right: string) => `${left}${widths.map((width) => '─'.repeat(width + 2)).join(cross)}${right}\n`;
  // As in every table: a missing number reads "-", a missing name is blank.
  const cells = (row: Record<string, Cell>) => columns.map((column) => (column.align === 'right' && (row[column.key] ?? null) === null ? '-' : oneLine(row[column.key])));
  const header = line(columns.map((column) => column.header));
  if (!options.borders) return { head: header, row: (row) => line(cells(row)), end: '' };
  return { head: rule('┌', '┬', '┐') + header + rule('├', '┼', '┤'), row: (row) => line(cells(row)), end: rule('└', '┴', '┘') };
}
