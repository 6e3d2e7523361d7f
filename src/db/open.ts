import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import { registerCustomerKey } from './customer-keys.js';
import { migrate } from './migrations/index.js';

export type Store = Database.Database;

/** A cron job and a person may use the file at once: wait this long for the other's lock. */
const BUSY_TIMEOUT_MS = 30_000;

/** Opens (creating owner-only if new) and migrates the store. */
export function openStore(file: string, options: { readonly?: boolean } = {}): Store {
  if (file !== ':memory:') createOwnerOnly(file);
  let db: Store;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new UserError(`cannot open the store ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Bulk imports update four B-tree indexes; a small page cache makes each insert a disk read.
    db.pragma('cache_size = -16384');
    if (!options.readonly) migrate(db);
    registerCustomerKey(db);
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      throw new UserError(`${file} is not an svc store (not a SQLite database)`, 'choose another file with --db or SVC_DB');
    }
    throw error;
  }
  return db;
}

function createOwnerOnly(file: string): void {
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    // SQLite gives the -wal and -shm files the permissions of the database file.
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') {
      throw new UserError(`cannot create the store ${file}: ${(error as Error).message}`);
    }
  }
}
