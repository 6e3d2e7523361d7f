import { connection, type Store } from './store.js';

/**
 * The page cache of the temporary database while an import runs, in KiB. SQLite gives it the
 * same 16 MB as the store's by default; an import's temporary tables (a million changed next
 * arrivals at the end of a large one) filled it while two sorters held 16 MB each, which was
 * the import's peak memory. Temporary pages that do not fit go to a temporary file, read back
 * once, in order.
 */
const IMPORT_TEMP_CACHE_KIB = 4096;

/** Caps the temporary database's page cache; returns what puts the previous size back. */
export function capTempCache(store: Store): () => void {
  const db = connection(store);
  const before = db.pragma('temp.cache_size', { simple: true }) as number;
  db.pragma(`temp.cache_size = -${IMPORT_TEMP_CACHE_KIB}`);
  return () => void db.pragma(`temp.cache_size = ${Number(before)}`);
}
