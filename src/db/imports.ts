import type { Store } from './open.js';

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
  undone_at: string | null;
}

export interface ImportCounts {
  inserted: number;
  duplicates: number;
  rejected: number;
  skipped: number;
}

export function beginImportRecord(db: Store, source: string, format: string, startedAt: Date): number {
  return Number(db.prepare('INSERT INTO imports (source, format, started_at) VALUES (?, ?, ?)').run(source, format, startedAt.toISOString()).lastInsertRowid);
}

export function finishImportRecord(db: Store, id: number, counts: ImportCounts, contentHash: string, finishedAt: Date): void {
  db.prepare('UPDATE imports SET inserted = ?, duplicates = ?, rejected = ?, skipped = ?, content_hash = ?, finished_at = ? WHERE id = ?').run(
    counts.inserted,
    counts.duplicates,
    counts.rejected,
    counts.skipped,
    contentHash,
    finishedAt.toISOString(),
    id,
  );
}

export function listImports(db: Store): ImportRow[] {
  return db.prepare('SELECT * FROM imports ORDER BY id').all() as ImportRow[];
}

export function findImport(db: Store, id: number): ImportRow | undefined {
  return db.prepare('SELECT * FROM imports WHERE id = ?').get(id) as ImportRow | undefined;
}

/** Removes the calls one import added; returns the wall-clock hours they were in, for the rollups. */
export function deleteImportedCalls(db: Store, id: number): { removed: number; hours: number[] } {
  const hours = (db.prepare('SELECT DISTINCT local_hour AS hour FROM calls WHERE import_id = ?').all(id) as { hour: number }[]).map((row) => row.hour);
  const removed = db.prepare('DELETE FROM calls WHERE import_id = ?').run(id).changes;
  return { removed, hours };
}

export function markImportUndone(db: Store, id: number, at: Date): void {
  db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(at.toISOString(), id);
}
