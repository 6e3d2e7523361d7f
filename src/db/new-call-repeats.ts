import { repeatFlipTrigger, type RollupBasis } from './rollups.js';
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
    db.exec(repeatFlipTrigger(basis.repeatWindowS));
    db.exec(
      `UPDATE calls SET next_arrival_at = found.next_arrival_at
       FROM (
         SELECT target.id, (SELECT min(later.arrival_at) FROM calls AS later WHERE later.customer = call.customer AND later.arrival_at > call.arrival_at) AS next_arrival_at
         FROM temp.next_arrival_targets AS target CROSS JOIN calls AS call ON call.id = target.id
       ) AS found
       WHERE calls.id = found.id AND calls.next_arrival_at IS NOT found.next_arrival_at`,
    );
    db.exec('DROP TRIGGER temp.repeat_flips');
    db.exec('DELETE FROM temp.next_arrival_targets');
  })();
}
