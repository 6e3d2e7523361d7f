import { renderLabels, type RenderLabels } from './labels.js';
import type { Block, Document } from './model.js';
import { forPeople } from './model.js';
import { escapeControls, oneLineSafe } from './sanitize.js';
import { renderTerminalTable, type Paint } from './terminal-table.js';
import { humanValue } from './values.js';
import { displayWidth, wrapWords } from './wrap.js';

export interface TerminalOptions {
  /** Columns of the terminal: process.stdout.columns, else COLUMNS, else 80. */
  width: number;
  borders: boolean;
  paint: Paint;
}

/** The document for a person at a terminal or reading a cron mail: wrapped, fitted, escaped. */
export function renderTerminal(document: Document, options: TerminalOptions): string {
  const labels = renderLabels(document.lang);
  const parts = document.blocks.filter((block) => forPeople(block) && block.kind !== 'chart').map((block) => renderBlock(block, options, labels));
  return parts.join('\n');
}

function paragraph(text: string, width: number, indent = ''): string {
  const lines = wrapWords(escapeControls(text), width, width - indent.length);
  return `${lines.map((line, index) => (index === 0 ? line : indent + line)).join('\n')}\n`;
}

function renderBlock(block: Block, options: TerminalOptions, labels: RenderLabels): string {
  const { width } = options;
  switch (block.kind) {
    case 'heading':
      return paragraph(block.text, width, '');
    case 'paragraph':
      return paragraph(block.text, width);
    case 'note':
      return paragraph(`${labels.note} ${block.text}`, width, '  ');
    case 'list':
      return paragraph(block.title, width) + block.items.map((item) => paragraph(`- ${item}`, width, '  ')).join('');
    case 'keyValue': {
      const entryLabels = block.entries.map((entry) => oneLineSafe(entry.label));
      const labelWidth = Math.max(...entryLabels.map(displayWidth));
      const title = block.title === undefined ? '' : paragraph(block.title, width);
      // Values line up after the longest label; only the value wraps, so the padding survives.
      const indent = ' '.repeat(labelWidth + 2);
      const lines = block.entries.map((entry, index) => {
        const label = entryLabels[index]!;
        const value = wrapWords(escapeControls(humanValue(entry, entry.value, labels)), Math.max(1, width - indent.length));
        return `${value.map((line, at) => (at === 0 ? `${label}${' '.repeat(labelWidth - displayWidth(label))}  ` : indent) + line).join('\n')}\n`;
      });
      return title + lines.join('');
    }
    case 'table':
      return (block.title === undefined ? '' : paragraph(block.title, width)) + renderTerminalTable(block, options, labels);
    case 'chart':
      return '';
  }
}
