/** The formats of a list; a list printed as a page adds html (src/commands/print-rows.ts). */
export type Format = 'table' | 'json' | 'csv' | 'md';

export type { Column, Tabular, Cell } from './tabular.js';
