import { neutraliseFormula } from './document/sanitize.js';
import { cellText, type Cell, type Column } from './tabular.js';

/** One CSV field, quoted only when it holds a quote, a comma or a line break. Raw: the --rejects file gives rows back as they came. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 for a list of any length: a header row, lines ending in \n, fields quoted only when needed. */
export function csvHeader(columns: readonly Column[]): string {
  return `${columns.map((column) => csvField(column.key)).join(',')}\n`;
}

/** A row of output: each cell safe to open in a spreadsheet (formulas neutralised). */
export function csvLine(columns: readonly Column[], row: Record<string, Cell>): string {
  return `${columns.map((column) => csvField(neutraliseFormula(cellText(row[column.key])))).join(',')}\n`;
}
