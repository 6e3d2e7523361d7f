import type { ImportRow } from '../../../db/imports.js';
import type { Column, Document, TableBlock } from '../document/model.js';
import { listDocument } from './list-page.js';

const COLUMNS: Column[] = [
  { key: 'id', label: 'id', type: 'count' },
  { key: 'source', label: 'file', type: 'text' },
  { key: 'format', label: 'format', type: 'text' },
  { key: 'content_hash', label: 'sha256', type: 'text' },
  { key: 'started_at', label: 'started (UTC)', type: 'time' },
  { key: 'inserted', label: 'inserted', type: 'count' },
  { key: 'duplicates', label: 'duplicates', type: 'count' },
  { key: 'rejected', label: 'rejected', type: 'count' },
  { key: 'skipped', label: 'skipped', type: 'count' },
  { key: 'merged', label: 'merged', type: 'count' },
  { key: 'carried', label: 'carried', type: 'count' },
  { key: 'status', label: 'status', type: 'text' },
  { key: 'undone_at', label: 'undone (UTC)', type: 'time' },
];

/** What a person reads at 80 columns: the counts that say whether an import went well; the rest in csv and json. */
const FOR_PEOPLE = new Set(['id', 'source', 'format', 'started_at', 'inserted', 'duplicates', 'rejected', 'status']);

/** `svc imports`: every import, oldest first. */
export function importsView(imports: readonly ImportRow[]): Document {
  const rows = imports.map((row) => ({ ...row, status: row.undone_at ? 'undone' : row.finished_at ? 'done' : 'incomplete' }));
  const data: TableBlock = { kind: 'table', key: 'imports', columns: COLUMNS, rows, empty: 'No imports yet.' };
  // Instants are UTC (the header says so), to the minute for people.
  const minute = (at: string | null) => (at === null ? null : at.slice(0, 16).replace('T', ' '));
  const people: TableBlock = { ...data, columns: COLUMNS.filter((column) => FOR_PEOPLE.has(column.key)), rows: rows.map((row) => ({ ...row, started_at: minute(row.started_at) })) };
  return listDocument('Imports', people, data);
}
