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
  const parts = document.blocks.filter((block) => forPeople(block) && block.kind !== 'chart').map((block) => renderBlock(block, options));
  return parts.join('\n');
}

function paragraph(text: string, width: number, indent = ''): string {
  const lines = wrapWords(escapeControls(text), width, width - indent.length);
  return `${lines.map((line, index) => (index === 0 ? line : indent + line)).join('\n')}\n`;
}

function renderBlock(block: Block, options: TerminalOptions): string {
  const { width } = options;
  switch (block.kind) {
    case 'heading':
      return paragraph(block.text, width, '');
    case 'paragraph':
      return paragraph(block.text, width);
    case 'note':
      return paragraph(`Note: ${block.text}`, width, '  ');
    case 'list':
      return paragraph(block.title, width) + block.items.map((item) => paragraph(`- ${item}`, width, '  ')).join('');
    case 'keyValue': {
      const labels = block.entries.map((entry) => oneLineSafe(entry.label));
      const labelWidth = Math.max(...labels.map(displayWidth));
      const title = block.title === undefined ? '' : paragraph(block.title, width);
      // The value wraps in its own column, beside the labels; the padding is not text to wrap.
      const indent = ' '.repeat(labelWidth + 2);
      const lines = block.entries.map((entry, index) => {
        const label = labels[index]!;
        const wrapped = wrapWords(escapeControls(humanValue(entry, entry.value)), Math.max(10, width - indent.length));
        return `${wrapped.map((line, at) => (at === 0 ? `${label}${' '.repeat(labelWidth - displayWidth(label))}  ` : indent) + line).join('\n')}\n`;
      });
      return title + lines.join('');
    }
    case 'table':
      return (block.title === undefined ? '' : paragraph(block.title, width)) + renderTerminalTable(block, options);
    case 'chart':
      return '';
  }
}
