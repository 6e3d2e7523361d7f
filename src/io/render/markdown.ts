import { cellText, type Tabular } from './tabular.js';

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderMarkdown(data: Tabular): string {
  if (data.rows.length === 0) return `_${data.empty ?? 'No rows.'}_\n`;
  const header = `| ${data.columns.map((column) => escape(column.header)).join(' | ')} |`;
  const rule = `| ${data.columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  const body = data.rows.map((row) => `| ${data.columns.map((column) => escape(cellText(row[column.key]))).join(' | ')} |`);
  return `${[header, rule, ...body].join('\n')}\n`;
}
