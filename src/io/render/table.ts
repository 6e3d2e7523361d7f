import Table from 'cli-table3';
import { cellText, type Tabular } from './tabular.js';

/** A bordered table for a terminal; plain aligned columns (e-mail friendly) otherwise. */
export function renderTable(data: Tabular, options: { borders: boolean }): string {
  if (data.rows.length === 0) return `${data.empty ?? 'No rows.'}\n`;
  const table = new Table({
    head: data.columns.map((column) => column.header),
    colAligns: data.columns.map((column) => column.align ?? 'left'),
    style: { head: [], border: [], compact: !options.borders },
    chars: options.borders ? {} : PLAIN_CHARS,
  });
  for (const row of data.rows) table.push(data.columns.map((column) => cellText(row[column.key])));
  const text = table.toString();
  return `${options.borders ? text : text.split('\n').map((line) => line.trimEnd().replace(/^ /, '')).join('\n')}\n`;
}

const PLAIN_CHARS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '', 'right-mid': '', middle: '  ',
};
