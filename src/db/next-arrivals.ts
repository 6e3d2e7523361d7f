import { connection, type Store } from './store.js';

/**
 * Next arrivals live in next_arrivals (one row per call that has a later call of its customer).
 * Whoever works out new ones puts them in temp.next_arrival_changes first (the call, its new next
 * arrival or null, and how its hour's repeat count moves: +1, −1 or 0), then applies them here
 * in one go, in the order of the table's rows.
 */
export function startNextArrivalChanges(store: Store): void {
  const db = connection(store);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS next_arrival_changes (id INTEGER NOT NULL, next_arrival_at INTEGER, repeat_move INTEGER NOT NULL)');
}

/** SQL: 1 when an answered call of a known customer arriving at `arrival` and followed at `next` is a repeat contact, else 0. */
export function isRepeatSql(call: string, next: string, windowS: number): string {
  if (!Number.isFinite(windowS)) throw new Error(`repeat window ${windowS} is not a number`);
  return `(${call}.outcome = 'answered' AND ${call}.customer IS NOT NULL AND coalesce(${next} - ${call}.arrival_at <= ${windowS}, 0))`;
}

/**
 * Stores the changed next arrivals and moves the hourly repeat counts of the calls that became
 * (or stopped being) repeat contacts: only those calls are looked up, in the table's order
 * (jumping around it in the order of the changes cost twice as much), grouped by hour, queue and
 * agent. Then empties the changes.
 */
export function applyNextArrivalChanges(store: Store): void {
  const db = connection(store);
  db.exec(
    `UPDATE hourly_rollup SET repeat_yes = repeat_yes + moved.repeat_move
     FROM (
       SELECT calls.local_hour, coalesce(calls.queue, '') AS queue, coalesce(calls.agent, '') AS agent, sum(change.repeat_move) AS repeat_move
       FROM (SELECT id, repeat_move FROM temp.next_arrival_changes WHERE repeat_move <> 0 ORDER BY id) AS change
       CROSS JOIN calls ON calls.id = change.id
       GROUP BY 1, 2, 3
     ) AS moved
     WHERE hourly_rollup.local_hour = moved.local_hour AND hourly_rollup.queue = moved.queue AND hourly_rollup.agent = moved.agent
       AND moved.repeat_move <> 0`,
  );
  db.exec('DELETE FROM next_arrivals WHERE call_id IN (SELECT id FROM temp.next_arrival_changes WHERE next_arrival_at IS NULL)');
  db.exec(
    `INSERT OR REPLACE INTO next_arrivals (call_id, next_arrival_at)
     SELECT id, next_arrival_at FROM temp.next_arrival_changes WHERE next_arrival_at IS NOT NULL ORDER BY id`,
  );
  db.exec('DELETE FROM temp.next_arrival_changes');
}

/**
 * Works out again the next arrivals of the calls in temp.next_arrival_targets (by index seeks
 * into calls_by_customer), applies those that changed with their repeat counts' moves, and
 * empties the targets.
 */
export function refreshNextArrivalsOfTargets(store: Store, windowS: number): void {
  const db = connection(store);
  startNextArrivalChanges(db);
  db.exec(
    `INSERT INTO temp.next_arrival_changes (id, next_arrival_at, repeat_move)
     SELECT id, next_arrival_at, ${isRepeatSql('found', 'found.next_arrival_at', windowS)} - ${isRepeatSql('found', 'found.stored_at', windowS)}
     FROM (
       SELECT call.id, call.outcome, call.customer, call.arrival_at, stored.next_arrival_at AS stored_at,
         (SELECT min(later.arrival_at) FROM calls AS later WHERE later.customer = call.customer AND later.arrival_at > call.arrival_at) AS next_arrival_at
       FROM temp.next_arrival_targets AS target CROSS JOIN calls AS call ON call.id = target.id
       LEFT JOIN next_arrivals AS stored ON stored.call_id = call.id
     ) AS found
     WHERE found.next_arrival_at IS NOT found.stored_at`,
  );
  applyNextArrivalChanges(db);
  db.exec('DELETE FROM temp.next_arrival_targets');
}

/** Works out every call's next arrival again from the calls (the rollups are recounted after it). */
export function rederiveAllNextArrivals(store: Store): void {
  const db = connection(store);
  db.exec('DELETE FROM next_arrivals');
  db.exec(
    `INSERT INTO next_arrivals (call_id, next_arrival_at)
     SELECT id, next_arrival_at FROM (
       SELECT id, first_value(arrival_at) OVER (
         PARTITION BY customer ORDER BY arrival_at RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING
       ) AS next_arrival_at
       FROM calls WHERE customer IS NOT NULL
     ) WHERE next_arrival_at IS NOT NULL ORDER BY id`,
  );
}

/** Takes out the next arrivals of calls about to be deleted (`where` selects them from calls). */
export function forgetNextArrivalsOf(store: Store, where: string, ...params: unknown[]): void {
  const db = connection(store);
  db.prepare(`DELETE FROM next_arrivals WHERE call_id IN (SELECT id FROM calls WHERE ${where})`).run(...params);
}
