import { describe, expect, it } from 'vitest';
import { columnWidths, tableLines } from '../../../src/io/render/long-table.js';
import { tableFromTabular } from '../../../src/io/render/document/from-tabular.js';
import { NO_PAINT, renderTerminalTable } from '../../../src/io/render/document/terminal-table.js';
import type { Tabular } from '../../../src/io/render/tabular.js';

/** A long table drawn line by line must look exactly like the tables every other command draws. */
const data: Tabular = {
  columns: [
    { key: 'name', header: 'name' },
    { key: 'n', header: 'n', align: 'right' },
    { key: 'wide', header: 'a long header', align: 'right' },
    { key: 'note', header: 'note' },
  ],
  rows: [
    { name: 'שלום', n: 5, wide: 1, note: null },
    { name: '東京', n: 12345, wide: null, note: 'yes' },
    { name: 'x', n: null, wide: 22, note: true },
  ],
};

function drawn(borders: boolean): string {
  const { widths } = columnWidths(data.columns, data.rows);
  const lines = tableLines(data.columns, widths, { borders });
  return lines.head + data.rows.map((row) => lines.row(row)).join('') + lines.end;
}

const documentTable = (borders: boolean) => renderTerminalTable(tableFromTabular(data), { width: 80, borders, paint: NO_PAINT });

describe('tables drawn line by line', () => {
  it('look like the document’s terminal tables, with borders and without', () => {
    expect(drawn(true)).toBe(documentTable(true));
    expect(drawn(false)).toBe(documentTable(false));
  });

  it('size columns by what a terminal shows: 東京 takes four cells, שלום four', () => {
    expect(columnWidths(data.columns, data.rows)).toEqual({ widths: [4, 5, 13, 4], count: 3 });
    // A missing number reads "-", right-aligned in the 13 cells of its header.
    expect(drawn(false).split('\n')[2]).toBe(`東京    12345    ${' '.repeat(12)}-    yes`);
  });
});
