import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable, type TableOptions } from './table.js';
import type { Tabular } from './tabular.js';

export type Format = 'table' | 'json' | 'csv' | 'md';

/** Renders a list: JSON gets the rows themselves (keys, not headers), the others the columns. */
export function renderRows(format: Format, data: Tabular, options: TableOptions): string {
  switch (format) {
    case 'json':
      return renderJson(data.rows.map((row) => Object.fromEntries(data.columns.map((column) => [column.key, row[column.key] ?? null]))));
    case 'csv':
      return renderCsv(data);
    case 'md':
      return renderMarkdown(data);
    case 'table':
      return renderTable(data, options);
  }
}

export type { Column, Tabular, Cell } from './tabular.js';
