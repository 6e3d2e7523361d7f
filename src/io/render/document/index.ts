import type { Document } from './model.js';
import { renderDocumentCsv, renderDocumentJson } from './data.js';
import { renderDocumentMarkdown } from './markdown.js';
import { renderTerminal, type TerminalOptions } from './terminal.js';

export type DocumentFormat = 'table' | 'md' | 'csv' | 'json' | 'html';

/** The one way a result reaches stdout: its document, in the format asked for. */
export async function renderDocument(document: Document, format: DocumentFormat, terminal: TerminalOptions): Promise<string> {
  switch (format) {
    case 'table':
      return renderTerminal(document, terminal);
    case 'md':
      return renderDocumentMarkdown(document);
    case 'csv':
      return renderDocumentCsv(document);
    case 'json':
      return renderDocumentJson(document);
    case 'html': {
      // Charting libraries are heavy: loaded only when a page is asked for, so other commands start fast.
      const { renderDocumentHtml } = await import('./html.js');
      return renderDocumentHtml(document);
    }
  }
}

export type { Document, Block, Column, Entry, TableBlock, ValueType, Direction, Value } from './model.js';
