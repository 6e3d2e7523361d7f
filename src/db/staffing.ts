import { connection, type Store } from './store.js';

/** The sums of one staffing interval (a run of quarter hours), over every queue or one. */
export interface IntervalSums {
  /** Index of the interval: quarters since 1970-01-01 on the wall clock, divided by the quarters per interval. */
  slot: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  answeredWithinSl: number;
  handleSum: number;
  /** Distinct known agents who answered a call in the interval. */
  agentsSeen: number;
}

export interface QuarterRange {
  fromQuarter: number;
  toQuarter: number;
  /** Quarters per interval: 1, 2 or 4. */
  quarters: number;
  /** One queue ('' for calls without one), or every queue when undefined. */
  queue?: string;
}

/** Each interval's sums, read from interval_rollup alone; intervals without calls are absent. */
export function intervalSums(store: Store, range: QuarterRange): IntervalSums[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT local_quarter / CAST(:quarters AS INTEGER) AS slot,
        sum(answered) AS answered, sum(abandoned) AS abandoned, sum(short_abandoned) AS shortAbandoned,
        sum(answered_within_sl) AS answeredWithinSl, sum(handle_sum) AS handleSum,
        count(DISTINCT CASE WHEN answered > 0 AND agent <> '' THEN agent END) AS agentsSeen
      FROM interval_rollup
      WHERE local_quarter BETWEEN :fromQuarter AND :toQuarter ${range.queue === undefined ? '' : 'AND queue = :queue'}
      GROUP BY 1 ORDER BY 1`,
    )
    .all({ fromQuarter: range.fromQuarter, toQuarter: range.toQuarter, quarters: range.quarters, ...(range.queue === undefined ? {} : { queue: range.queue }) }) as IntervalSums[];
}

/** Per queue ('' = unknown): the waits of all calls that count as offered, and how many of them abandoned. */
export interface WaitingSums {
  queue: string;
  waitSum: number;
  abandoned: number;
}

export function waitingSums(store: Store, range: Pick<QuarterRange, 'fromQuarter' | 'toQuarter'>): WaitingSums[] {
  const db = connection(store);
  return db
    .prepare(
      `SELECT queue, sum(answered_wait_sum) + sum(abandon_wait_sum) AS waitSum, sum(abandon_wait_n) AS abandoned
      FROM interval_rollup WHERE local_quarter BETWEEN :fromQuarter AND :toQuarter
      GROUP BY queue ORDER BY queue`,
    )
    .all(range) as WaitingSums[];
}
