import { forgetNextArrivalsOf } from './next-arrivals.js';
import { connection, type Store } from './store.js';

export interface ImportRow {
  id: number;
  source: string;
  format: string;
  content_hash: string | null;
  started_at: string;
  finished_at: string | null;
  inserted: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  merged: number;
  carried: number;
  undone_at: string | null;
  first_call_id: number | null;
  last_call_id: number | null;
}

/** What became of every record read: read = inserted + duplicates + rejected + skipped + merged + carried. */
export interface ImportCounts {
  inserted: number;
  duplicates: number;
  rejected: number;
  skipped: number;
  /** Records folded into a call counted under another record (a call's other legs, a queue_log call's other events). */
  merged: number;
  /** Calls left open for the next import, less those taken over from earlier imports (may be negative). */
  carried: number;
}

export function recordsRead(counts: ImportCounts): number {
  return counts.inserted + counts.duplicates + counts.rejected + counts.skipped + counts.merged + counts.carried;
}

export function beginImportRecord(store: Store, source: string, format: string, startedAt: Date): number {
  const db = connection(store);
  return Number(db.prepare('INSERT INTO imports (source, format, started_at) VALUES (?, ?, ?)').run(source, format, startedAt.toISOString()).lastInsertRowid);
}

/** The highest call id so far: every call an import inserts gets a higher one. */
export function lastCallId(store: Store): number {
  const db = connection(store);
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM calls').get() as { id: number }).id;
}

export function finishImportRecord(store: Store, id: number, counts: ImportCounts, contentHash: string, finishedAt: Date, firstCallId: number): void {
  const db = connection(store);
  const lastId = lastCallId(db);
  db.prepare(
    'UPDATE imports SET inserted = ?, duplicates = ?, rejected = ?, skipped = ?, merged = ?, carried = ?, content_hash = ?, finished_at = ?, first_call_id = ?, last_call_id = ? WHERE id = ?',
  ).run(
    counts.inserted,
    counts.duplicates,
    counts.rejected,
    counts.skipped,
    counts.merged,
    counts.carried,
    contentHash,
    finishedAt.toISOString(),
    lastId >= firstCallId ? firstCallId : null,
    lastId >= firstCallId ? lastId : null,
    id,
  );
}

export function listImports(store: Store): ImportRow[] {
  const db = connection(store);
  return db.prepare('SELECT * FROM imports ORDER BY id').all() as ImportRow[];
}

export function findImport(store: Store, id: number): ImportRow | undefined {
  const db = connection(store);
  return db.prepare('SELECT * FROM imports WHERE id = ?').get(id) as ImportRow | undefined;
}

/** The SQL condition, and its parameters, that selects exactly the calls one import inserted. */
export function callsOfImport(found: Pick<ImportRow, 'id' | 'first_call_id' | 'last_call_id'>): [string, number, number, number] {
  return ['id BETWEEN ? AND ? AND import_id = ?', found.first_call_id ?? 0, found.last_call_id ?? -1, found.id];
}

/** Removes the calls one import added; returns the wall-clock hours they were in, for the rollups. */
export function deleteImportedCalls(store: Store, found: ImportRow): { removed: number; hours: number[] } {
  const db = connection(store);
  const [where, ...params] = callsOfImport(found);
  const hours = (db.prepare(`SELECT DISTINCT local_hour AS hour FROM calls WHERE ${where}`).all(...params) as { hour: number }[]).map((row) => row.hour);
  forgetNextArrivalsOf(db, where, ...params);
  const removed = db.prepare(`DELETE FROM calls WHERE ${where}`).run(...params).changes;
  return { removed, hours };
}

export function markImportUndone(store: Store, id: number, at: Date): void {
  const db = connection(store);
  db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(at.toISOString(), id);
}
