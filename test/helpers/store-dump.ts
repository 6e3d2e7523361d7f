import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

/**
 * Every row of every table of a store file, read with plain SQL: two dumps are equal exactly
 * when the store's content is. A file that does not exist dumps as null.
 */
export function dumpStore(file: string): Record<string, unknown[]> | null {
  if (!existsSync(file)) return null;
  const raw = new Database(file, { readonly: true });
  try {
    const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const dump: Record<string, unknown[]> = { user_version: [raw.pragma('user_version', { simple: true })] };
    for (const table of tables) dump[table] = raw.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw().all();
    return dump;
  } finally {
    raw.close();
  }
}
