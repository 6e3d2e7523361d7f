import { connection, type Store } from './store.js';

/**
 * The temporary database's page cache while an import runs, in KiB. SQLite gives it the same
 * 16 MB as the store's by default; an import's temporary tables (a million changed next
 * arrivals at the end of a large one) filled it while two sorters held 16 MB each, which was
 * the import's peak memory. Temporary pages that do not fit go to a temporary file, read back
 * once, in order.
 */
const TEMP_CACHE_KIB = 4096;
/**
 * The store's page cache during an import at least as large as the store. Such an import
 * appends calls and rollup rows in time order and builds its reading indexes at its end, so
 * its pages are written once and rarely read again; the cache also sets how much each of
 * SQLite's sorters holds before it spills. A daily import into a large store keeps the
 * 16 MB it opened with: its calls land on random pages of the indexes.
 */
const BULK_STORE_CACHE_KIB = 8192;

/** Caps the page caches for an import (`bulk`: at least as large as the store); returns what puts the previous sizes back. */
export function capImportCaches(store: Store, bulk: boolean): () => void {
  const db = connection(store);
  const schemas = bulk ? (['temp', 'main'] as const) : (['temp'] as const);
  const before = schemas.map((schema) => Number(db.pragma(`${schema}.cache_size`, { simple: true })));
  for (const schema of schemas) db.pragma(`${schema}.cache_size = -${schema === 'temp' ? TEMP_CACHE_KIB : BULK_STORE_CACHE_KIB}`);
  return () => schemas.forEach((schema, index) => db.pragma(`${schema}.cache_size = ${before[index]!}`));
}
