import { refreshNextArrivalsOfTargets } from './next-arrivals.js';
import type { RollupBasis } from './rollups.js';
import { connection, type Store } from './store.js';

/**
 * Next arrivals once the calls of temp.removed_calls are gone (an undo of a few calls): a
 * stored call's next arrival was a removed call's only if it holds its customer's latest
 * arrival before that call, so those calls alone are worked out again, found by index seeks.
 * The repeat counts of their hours move with them.
 */
export function refreshRepeatsOfRemovedCalls(store: Store, basis: RollupBasis): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS next_arrival_targets (id INTEGER PRIMARY KEY)');
  db.exec(
    `INSERT OR IGNORE INTO temp.next_arrival_targets
     SELECT earlier.id FROM temp.removed_calls AS removed
     CROSS JOIN calls AS earlier ON earlier.customer = removed.customer AND earlier.arrival_at = (
       SELECT max(arrival_at) FROM calls WHERE customer = removed.customer AND arrival_at < removed.arrival_at)`,
  );
  refreshNextArrivalsOfTargets(db, basis.repeatWindowS);
}
