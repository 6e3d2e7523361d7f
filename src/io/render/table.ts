import { tableFromTabular } from './document/from-tabular.js';
import { NO_PAINT, renderTerminalTable } from './document/terminal-table.js';
import type { Tabular } from './tabular.js';

export interface TableOptions {
  borders: boolean;
  /** The terminal's columns; 80 when unknown. */
  width?: number;
}

/** A list for people: the document's terminal table (fitted to the width, controls escaped). */
export function renderTable(data: Tabular, options: TableOptions): string {
  return renderTerminalTable(tableFromTabular(data), { width: options.width ?? 80, borders: options.borders, paint: NO_PAINT });
}
