import { applyNextArrivalChanges, isRepeatSql, startNextArrivalChanges } from './next-arrivals.js';
import type { RollupBasis } from './rollups.js';
import { connection, type Store } from './store.js';

/**
 * Next arrivals after an import that only added calls (those from `firstCallId` on), worked
 * out customer by customer in the order of calls_by_customer instead of re-reading every call of
 * every customer the import met. A stored call's next arrival changes only if a new call came
 * after it and before its old next arrival, and then that call holds its customer's latest
 * arrival before a new call: so each customer's calls from its latest arrival before its first
 * new call on are all that can change (for a day at the end of the store, that call and the new
 * ones). Their next arrivals are worked out again in one ordered read of the index, and only
 * those that differ from the stored ones are applied. The rollups of the new calls' hours must
 * already exist (their repeat counts move here).
 */
export function refreshRepeatsOfNewCalls(store: Store, basis: RollupBasis, firstCallId: number): void {
  const db = connection(store);
  db.transaction(() => {
    startNextArrivalChanges(db);
    db.exec('CREATE TEMP TABLE IF NOT EXISTS new_call_customers (customer TEXT PRIMARY KEY, first_at INTEGER NOT NULL) WITHOUT ROWID');
    db.prepare(
      'INSERT INTO temp.new_call_customers SELECT customer, min(arrival_at) FROM calls NOT INDEXED WHERE id >= ? AND customer IS NOT NULL GROUP BY customer',
    ).run(firstCallId);
    // Worked out in the index's order; the calls' own rows (for the repeat counts' moves) then read in id order, once.
    db.exec('CREATE TEMP TABLE IF NOT EXISTS new_call_next (id INTEGER PRIMARY KEY, next_at INTEGER, stored_at INTEGER)');
    db.exec(
      `INSERT INTO temp.new_call_next
       SELECT ranged.id, ranged.next_at, stored.next_arrival_at
       FROM (
         SELECT id, first_value(arrival_at) OVER (
           PARTITION BY customer ORDER BY arrival_at RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS next_at
         FROM (
           SELECT since_call.id, since_call.customer, since_call.arrival_at
           FROM temp.new_call_customers AS since
           CROSS JOIN calls AS since_call ON since_call.customer = since.customer AND since_call.arrival_at >= coalesce(
             (SELECT max(arrival_at) FROM calls AS earlier WHERE earlier.customer = since.customer AND earlier.arrival_at < since.first_at),
             since.first_at)
         )
       ) AS ranged
       LEFT JOIN next_arrivals AS stored ON stored.call_id = ranged.id
       WHERE ranged.next_at IS NOT stored.next_arrival_at`,
    );
    db.exec(
      `INSERT INTO temp.next_arrival_changes (id, next_arrival_at, repeat_move)
       SELECT call.id, changed.next_at, ${isRepeatSql('call', 'changed.next_at', basis.repeatWindowS)} - ${isRepeatSql('call', 'changed.stored_at', basis.repeatWindowS)}
       FROM temp.new_call_next AS changed CROSS JOIN calls AS call ON call.id = changed.id`,
    );
    db.exec('DELETE FROM temp.new_call_next');
    db.exec('DELETE FROM temp.new_call_customers');
    applyNextArrivalChanges(db);
  })();
}
