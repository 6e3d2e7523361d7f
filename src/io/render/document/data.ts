import { csvField } from '../csv.js';
import type { Document, TableBlock, Value } from './model.js';
import { cellOf, forData } from './model.js';
import { neutraliseFormula } from './sanitize.js';
import { dataValue } from './values.js';

/** A CSV cell: numbers without float noise, formulas neutralised, lists space-separated. */
export function csvCell(cell: Value): string {
  const data = dataValue(cellOf({ type: 'text' }, cell).value);
  if (data === null) return '';
  if (Array.isArray(data)) return data.map((item) => (item === null ? '' : String(item))).join(' ');
  if (typeof data === 'boolean') return data ? 'yes' : 'no';
  return csvField(neutraliseFormula(String(data)));
}

function csvTable(table: TableBlock): string {
  const header = table.columns.map((column) => csvField(neutraliseFormula(column.key))).join(',');
  return `${[header, ...table.rows.map((row) => table.columns.map((column) => csvCell(row[column.key])).join(','))].join('\n')}\n`;
}

/** The document's data tables, keys as headers; several tables are separated by an empty line. */
export function renderDocumentCsv(document: Document): string {
  return document.blocks.filter(forData).map(csvTable).join('\n');
}

function jsonRows(table: TableBlock) {
  return table.rows.map((row) => Object.fromEntries(table.columns.map((column) => [column.key, cellOf(column, row[column.key]).value ?? null])));
}

/**
 * One JSON document: the result's own shape when it has one, else its one data table as an
 * array, or its tables by key. Numbers exact (a program reads them); control characters stay,
 * escaped by JSON itself.
 */
export function renderDocumentJson(document: Document): string {
  const tables = document.blocks.filter(forData);
  const body = document.json !== undefined ? document.json : tables.length === 1 ? jsonRows(tables[0]!) : Object.fromEntries(tables.map((table) => [table.key, jsonRows(table)]));
  return `${JSON.stringify(body, null, 2)}\n`;
}
