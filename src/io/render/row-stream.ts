import { csvHeader, csvLine } from './csv.js';
import { tableFromTabular } from './document/from-tabular.js';
import { markdownEmpty, markdownTableHead, markdownTableRow } from './document/markdown.js';
import { columnWidths, tableLines } from './long-table.js';
import type { Cell, Column } from './tabular.js';

export type StreamFormat = 'table' | 'json' | 'csv' | 'md';
type Rows = Iterable<Record<string, Cell>>;

/** Written in pieces of about this many characters: few writes, little memory. */
const PIECE = 1 << 16;

/**
 * Writes rows as they come, for lists of any length. JSON is still one document, laid out as
 * the document renderer lays out a list. A table reads its rows twice (widths first), hence `rows` is a function.
 */
export async function writeRows(
  format: StreamFormat,
  columns: readonly Column[],
  rows: () => Rows,
  write: (text: string) => Promise<void>,
  options: { borders: boolean; empty: string },
): Promise<void> {
  let piece = '';
  const add = async (text: string) => {
    piece += text;
    if (piece.length >= PIECE) {
      await write(piece);
      piece = '';
    }
  };
  switch (format) {
    case 'csv':
      await add(csvHeader(columns));
      for (const row of rows()) await add(csvLine(columns, row));
      break;
    case 'json': {
      let first = true;
      for (const row of rows()) {
        await add(`${first ? '[\n' : ',\n'}${jsonItem(columns, row)}`);
        first = false;
      }
      await add(first ? '[]\n' : '\n]\n');
      break;
    }
    case 'md': {
      // Typed as the document's tables are, so a long list reads like any other page.
      const typed = tableFromTabular({ columns: [...columns], rows: [] }).columns;
      let count = 0;
      for (const row of rows()) await add(`${count++ === 0 ? markdownTableHead(typed) : ''}${markdownTableRow(typed, row)}`);
      if (count === 0) await add(markdownEmpty(options.empty));
      break;
    }
    case 'table': {
      const { widths, count } = columnWidths(columns, rows());
      if (count === 0) {
        await add(`${options.empty}\n`);
        break;
      }
      const lines = tableLines(columns, widths, options);
      await add(lines.head);
      for (const row of rows()) await add(lines.row(row));
      await add(lines.end);
      break;
    }
  }
  if (piece) await write(piece);
}

/** One element of a JSON array as JSON.stringify(array, null, 2) indents it. */
function jsonItem(columns: readonly Column[], row: Record<string, Cell>): string {
  const record = Object.fromEntries(columns.map((column) => [column.key, row[column.key] ?? null]));
  return `  ${JSON.stringify(record, null, 2).replace(/\n/g, '\n  ')}`;
}
