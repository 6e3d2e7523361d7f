import type { QueueAgentPairs } from './queue-agent-pairs.js';
import { connection, type Store } from './store.js';
import { BatchedInsert } from './batched-insert.js';

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

/** Counts of answered calls by wait, per time (hour or day) and then per queue or agent number. */
type WaitCounts = Map<number, Map<number, number>[]>;

/** The waits of an import's answered calls, counted as they come and merged into the tables. */
export class WaitCounter {
  private readonly byQueue: WaitCounts = new Map();
  private readonly byAgent: WaitCounts = new Map();
  private held = 0;
  private upserts: { store: Store; byQueue: BatchedInsert; byAgent: BatchedInsert } | undefined;

  constructor(private readonly pairs: QueueAgentPairs) {}

  get size(): number {
    return this.held;
  }

  /** Counts an answered call's wait; `queue` and `agent` are numbers of the pairs'. */
  add(localHour: number, queue: number, agent: number, waitS: number): void {
    this.count(this.byQueue, localHour, queue, waitS);
    this.count(this.byAgent, Math.floor(localHour / 24), agent, waitS);
  }

  private count(counts: WaitCounts, time: number, name: number, waitS: number): void {
    let byName = counts.get(time);
    if (!byName) counts.set(time, (byName = []));
    const byWait = byName[name] ?? (byName[name] = new Map());
    const before = byWait.get(waitS);
    if (before === undefined) this.held++;
    byWait.set(waitS, (before ?? 0) + 1);
  }

  /** Adds the counts to the stored rows (creating the rows that are new), in the order of the tables' keys. */
  mergeInto(store: Store): void {
    // Prepared once per store: an import merges a thousand times at ten million calls.
    if (this.upserts?.store !== store) {
      this.upserts = {
        store,
        byQueue: new BatchedInsert(store, 'wait_count', ['local_hour', 'queue', 'wait_s', 'answered'], 'ON CONFLICT (local_hour, queue, wait_s) DO UPDATE SET answered = answered + excluded.answered'),
        byAgent: new BatchedInsert(store, 'agent_wait_count', ['local_day', 'agent', 'wait_s', 'answered'], 'ON CONFLICT (local_day, agent, wait_s) DO UPDATE SET answered = answered + excluded.answered'),
      };
    }
    const { byQueue, byAgent } = this.upserts;
    const row: (number | string)[] = [0, '', 0, 0];
    for (const [upsert, counts, names] of [[byQueue, this.byQueue, this.pairs.queues], [byAgent, this.byAgent, this.pairs.agents]] as const) {
      for (const time of [...counts.keys()].sort((a, b) => a - b)) {
        row[0] = time;
        const byName = counts.get(time)!;
        for (let name = 0; name < byName.length; name++) {
          const byWait = byName[name];
          if (byWait === undefined) continue;
          row[1] = names[name]!;
          for (const [wait, answered] of byWait) {
            row[2] = wait;
            row[3] = answered;
            upsert.addRow(row);
          }
        }
      }
      upsert.flush();
      counts.clear();
    }
    this.held = 0;
  }
}
