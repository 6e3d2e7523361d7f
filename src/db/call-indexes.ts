import type { Store } from './open.js';

/**
 * Drops the indexes of calls that only serve reading, and returns what builds them again. Built
 * once from sorted rows, an index costs well under half of what updating it row by row costs,
 * so an import as large as the store is faster without them. Both steps belong in the import's
 * transaction, so a failed or killed import leaves every index in place. The unique index on
 * the source key stays: it is what finds duplicates.
 */
export function dropReadIndexes(db: Store): () => void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'calls' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return () => {
    for (const { sql } of indexes) db.exec(sql);
  };
}
