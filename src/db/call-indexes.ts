import { connection, type Store } from './store.js';

/** Tables an import writes row by row whose secondary indexes only serve reading. */
export type IndexedByImport = 'calls' | 'customer_months' | 'customer_call_events';

/**
 * Drops the indexes of `tables` that only serve reading, and returns what builds them again.
 * Built once from sorted rows, an index costs well under half of what updating it row by row
 * costs, so an import as large as the store is faster without them. Both steps belong in the
 * import's transaction, so a failed or killed import leaves every index in place. Unique indexes
 * stay: the one on calls' source key is what finds duplicates.
 */
export function dropReadIndexes(store: Store, tables: readonly IndexedByImport[]): () => void {
  const db = connection(store);
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name IN (SELECT value FROM json_each(?))
       AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return () => {
    for (const { sql } of indexes) db.exec(sql);
  };
}
