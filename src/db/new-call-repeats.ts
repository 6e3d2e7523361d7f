import { refreshNextArrivalsOfTargets } from './next-arrivals.js';
import type { RollupBasis } from './rollups.js';
import { connection, type Store } from './store.js';

/**
 * Next arrivals after an import that only added calls (those from `firstCallId` on), found by
 * seeking calls_by_customer instead of re-reading every call of every customer the import met.
 * A stored call's next arrival changes only if a new call came after it and before its old next
 * arrival, and then that call holds its customer's latest arrival before the new call: so the
 * new calls and, per new call, the calls at that latest earlier arrival are all that can change.
 * The rollups of the new calls' hours must already exist (their repeat counts move here).
 */
export function refreshRepeatsOfNewCalls(store: Store, basis: RollupBasis, firstCallId: number): void {
  const db = connection(store);
  db.transaction(() => {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS next_arrival_targets (id INTEGER PRIMARY KEY)');
    db.prepare('INSERT INTO temp.next_arrival_targets SELECT id FROM calls WHERE id >= ? AND customer IS NOT NULL').run(firstCallId);
    db.prepare(
      `INSERT OR IGNORE INTO temp.next_arrival_targets
       SELECT earlier.id FROM calls AS new
       CROSS JOIN calls AS earlier ON earlier.customer = new.customer AND earlier.arrival_at = (
         SELECT max(arrival_at) FROM calls WHERE customer = new.customer AND arrival_at < new.arrival_at)
       WHERE new.id >= ? AND new.customer IS NOT NULL AND earlier.id < ?`,
    ).run(firstCallId, firstCallId);
    refreshNextArrivalsOfTargets(db, basis.repeatWindowS);
  })();
}
