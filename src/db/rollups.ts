import type { Store } from './open.js';

export interface RollupBasis {
  slThresholdS: number;
  shortAbandonS: number;
}

/**
 * The one definition of the hourly sums. Import, undo and a change of the time zone or of T
 * and S all recompute the touched hours from the calls with this statement, so the rollups can
 * never drift from the calls they summarise.
 */
const AGGREGATE = `
  SELECT local_hour, coalesce(queue, ''), coalesce(agent, ''),
    count(CASE WHEN outcome = 'answered' THEN 1 END),
    count(CASE WHEN outcome = 'abandoned' THEN 1 END),
    count(CASE WHEN outcome = 'abandoned' AND wait_s < :short THEN 1 END),
    count(CASE WHEN outcome = 'answered' AND wait_s IS NOT NULL THEN 1 END),
    total(CASE WHEN outcome = 'answered' THEN wait_s END),
    max(CASE WHEN outcome = 'answered' THEN wait_s END),
    count(CASE WHEN outcome = 'answered' AND wait_s <= :sl THEN 1 END),
    count(CASE WHEN outcome = 'abandoned' AND wait_s >= :short THEN 1 END),
    total(CASE WHEN outcome = 'abandoned' AND wait_s >= :short THEN wait_s END),
    total(CASE WHEN outcome = 'answered' THEN coalesce(talk_s, 0) + coalesce(hold_s, 0) + coalesce(wrap_s, 0) END),
    count(CASE WHEN outcome = 'answered' AND talk_s IS NOT NULL THEN 1 END),
    total(CASE WHEN outcome = 'answered' THEN talk_s END),
    count(CASE WHEN outcome = 'answered' AND resolved IS NOT NULL THEN 1 END),
    count(CASE WHEN outcome = 'answered' AND resolved = 1 THEN 1 END),
    count(csat),
    coalesce(sum(csat), 0),
    count(CASE WHEN csat >= 4 THEN 1 END)
  FROM calls`;

/** Recomputes the rollups of the given wall-clock hours (all hours when omitted). */
export function rebuildRollups(db: Store, basis: RollupBasis, hours?: Iterable<number>): void {
  const params = { sl: basis.slThresholdS, short: basis.shortAbandonS };
  db.transaction(() => {
    if (hours === undefined) {
      db.exec('DELETE FROM hourly_rollup');
      db.prepare(`INSERT INTO hourly_rollup ${AGGREGATE} GROUP BY 1, 2, 3`).run(params);
      return;
    }
    db.exec('CREATE TEMP TABLE IF NOT EXISTS touched_hours (hour INTEGER PRIMARY KEY)');
    db.exec('DELETE FROM temp.touched_hours');
    const add = db.prepare('INSERT OR IGNORE INTO temp.touched_hours (hour) VALUES (?)');
    for (const hour of hours) add.run(hour);
    db.exec('DELETE FROM hourly_rollup WHERE local_hour IN (SELECT hour FROM temp.touched_hours)');
    db.prepare(`INSERT INTO hourly_rollup ${AGGREGATE} WHERE local_hour IN (SELECT hour FROM temp.touched_hours) GROUP BY 1, 2, 3`).run(params);
    db.exec('DELETE FROM temp.touched_hours');
  })();
}
