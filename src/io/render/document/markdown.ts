import type { Block, Column, Document, TableBlock, Value } from './model.js';
import { cellOf, forPeople } from './model.js';
import { oneLineSafe } from './sanitize.js';
import { ENGLISH_LABELS, renderLabels, type RenderLabels } from './labels.js';
import { humanValue, judgement } from './values.js';

/** Text safe in Markdown: controls escaped, markup characters backslashed, one line. */
function text(value: string): string {
  return oneLineSafe(value).replace(/([\\*_`#|<>[\]])/g, '\\$1');
}

/** Inside a table cell only the cell's own delimiter needs escaping. */
function cellText(value: string): string {
  return oneLineSafe(value).replace(/\|/g, '\\|');
}

const right = (type: string) => !['text', 'time', 'status', 'trend'].includes(type);

/** A table's header and rule: what a long list streams first. */
export function markdownTableHead(columns: readonly Column[]): string {
  const header = `| ${columns.map((column) => cellText(column.label)).join(' | ')} |`;
  const rule = `| ${columns.map((column) => (right(column.type) ? '---:' : '---')).join(' | ')} |`;
  return `${header}\n${rule}\n`;
}

/** One row of a table, cells formatted by their type, as a long list streams them. */
export function markdownTableRow(columns: readonly Column[], row: Record<string, Value>, labels: RenderLabels = ENGLISH_LABELS): string {
  const cells = columns.map((column) => {
    const { typed, value } = cellOf(column, row[column.key]);
    const verdict = typed.type === 'change' ? judgement(typed, value) : null;
    return cellText(humanValue(typed, value, labels)) + (verdict === null ? '' : ` ${typeof value === 'number' && value > 0 ? '▲' : '▼'} ${labels[verdict]}`);
  });
  return `| ${cells.join(' | ')} |\n`;
}

/** What a table without rows says, in italics. */
export function markdownEmpty(empty: string | undefined, labels: RenderLabels = ENGLISH_LABELS): string {
  return `_${text(empty ?? labels.noRows)}_\n`;
}

function table(block: TableBlock, labels: RenderLabels): string {
  if (block.rows.length === 0) return markdownEmpty(block.empty, labels);
  return markdownTableHead(block.columns) + block.rows.map((row) => markdownTableRow(block.columns, row, labels)).join('');
}

function block(item: Block, labels: RenderLabels): string {
  switch (item.kind) {
    case 'heading':
      return `${item.level === 2 ? '##' : '#'} ${text(item.text)}\n`;
    case 'paragraph':
      return `${text(item.text)}\n`;
    case 'note':
      return `> ${text(item.text)}\n`;
    case 'list':
      return `## ${text(item.title)}\n\n${item.items.map((entry) => `- ${text(entry)}`).join('\n')}\n`;
    case 'keyValue':
      return (item.title ? `**${text(item.title)}**\n\n` : '') + item.entries.map((entry) => `- ${text(entry.label)}: ${text(humanValue(entry, entry.value, labels))}`).join('\n') + '\n';
    case 'table':
      return (item.title ? `**${text(item.title)}**\n\n` : '') + table(item, labels);
    case 'chart':
      return '';
  }
}

export function renderDocumentMarkdown(document: Document): string {
  const labels = renderLabels(document.lang);
  return document.blocks
    .filter((item) => forPeople(item) && item.kind !== 'chart')
    .map((item) => block(item, labels))
    .join('\n');
}
