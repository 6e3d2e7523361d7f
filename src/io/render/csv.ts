import { cellText, type Tabular } from './tabular.js';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: header row, CRLF-free lines ending in \n, fields quoted only when needed. */
export function renderCsv(data: Tabular): string {
  const lines = [data.columns.map((column) => quote(column.key)).join(',')];
  for (const row of data.rows) lines.push(data.columns.map((column) => quote(cellText(row[column.key]))).join(','));
  return `${lines.join('\n')}\n`;
}
