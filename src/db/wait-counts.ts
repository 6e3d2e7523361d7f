import { connection, type Store } from './store.js';

/**
 * How many answered calls waited each exact number of seconds, per wall-clock hour and queue
 * (wait_count) and per wall-clock day and agent (agent_wait_count): the quantiles of waits of
 * any period and grouping come from these, never from the calls. A wait is kept as it is, not
 * rounded into a bucket, so the quantiles are exact; whole-second waits make one row per second
 * that occurs in the hour.
 */
const RECOUNT_BY_QUEUE = `
  SELECT local_hour, coalesce(queue, ''), wait_s, count(*) FROM calls
  WHERE outcome = 'answered' AND wait_s IS NOT NULL`;
const RECOUNT_BY_AGENT = `
  SELECT local_hour / 24, coalesce(agent, ''), wait_s, count(*) FROM calls
  WHERE outcome = 'answered' AND wait_s IS NOT NULL`;

/**
 * Recounts the waits of the hours listed in `touchedHours` (a table with an `hour` column),
 * or of every hour. An agent's waits are kept per day, so a touched hour recounts its whole day.
 */
export function recountWaits(store: Store, touchedHours?: string): void {
  const db = connection(store);
  if (touchedHours === undefined) {
    db.exec('DELETE FROM wait_count; DELETE FROM agent_wait_count');
    db.exec(`INSERT INTO wait_count (local_hour, queue, wait_s, answered) ${RECOUNT_BY_QUEUE} GROUP BY 1, 2, 3`);
    db.exec(`INSERT INTO agent_wait_count (local_day, agent, wait_s, answered) ${RECOUNT_BY_AGENT} GROUP BY 1, 2, 3`);
    return;
  }
  db.exec(`DELETE FROM wait_count WHERE local_hour IN (SELECT hour FROM ${touchedHours})`);
  db.exec(`INSERT INTO wait_count (local_hour, queue, wait_s, answered) ${RECOUNT_BY_QUEUE} AND local_hour IN (SELECT hour FROM ${touchedHours}) GROUP BY 1, 2, 3`);
  const days = db.prepare(`SELECT DISTINCT hour / 24 FROM ${touchedHours}`).pluck().all() as number[];
  const forget = db.prepare('DELETE FROM agent_wait_count WHERE local_day = ?');
  const recount = db.prepare(`INSERT INTO agent_wait_count (local_day, agent, wait_s, answered) ${RECOUNT_BY_AGENT} AND local_hour BETWEEN :day * 24 AND :day * 24 + 23 GROUP BY 1, 2, 3`);
  for (const day of days) {
    forget.run(day);
    recount.run({ day });
  }
}

/** The waits of an import's answered calls, counted as they come and merged into the tables. */
export class WaitCounter {
  private readonly byQueue = new Map<string, Map<number, Map<number, number>>>();
  private readonly byAgent = new Map<string, Map<number, Map<number, number>>>();
  private held = 0;

  get size(): number {
    return this.held;
  }

  add(localHour: number, queue: string, agent: string, waitS: number): void {
    this.count(this.byQueue, queue, localHour, waitS);
    this.count(this.byAgent, agent, Math.floor(localHour / 24), waitS);
  }

  private count(counts: Map<string, Map<number, Map<number, number>>>, name: string, time: number, waitS: number): void {
    let byTime = counts.get(name);
    if (!byTime) counts.set(name, (byTime = new Map()));
    let byWait = byTime.get(time);
    if (!byWait) byTime.set(time, (byWait = new Map()));
    const before = byWait.get(waitS);
    if (before === undefined) this.held++;
    byWait.set(waitS, (before ?? 0) + 1);
  }

  mergeInto(store: Store): void {
  const db = connection(store);
    const byQueue = db.prepare(
      `INSERT INTO wait_count (local_hour, queue, wait_s, answered) VALUES (?, ?, ?, ?)
      ON CONFLICT (local_hour, queue, wait_s) DO UPDATE SET answered = answered + excluded.answered`,
    );
    const byAgent = db.prepare(
      `INSERT INTO agent_wait_count (local_day, agent, wait_s, answered) VALUES (?, ?, ?, ?)
      ON CONFLICT (local_day, agent, wait_s) DO UPDATE SET answered = answered + excluded.answered`,
    );
    for (const [statement, counts] of [[byQueue, this.byQueue], [byAgent, this.byAgent]] as const) {
      for (const [name, byTime] of counts) {
        for (const [time, byWait] of byTime) {
          for (const [wait, answered] of byWait) statement.run(time, name, wait, answered);
        }
      }
      counts.clear();
    }
    this.held = 0;
  }
}
