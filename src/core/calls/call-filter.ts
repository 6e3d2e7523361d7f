import type { Outcome } from '../call.js';

/**
 * Which calls a drill-down shows. A field left undefined does not filter; `null` for agent,
 * queue or customer means "not known" (the '' group of a report by agent or queue).
 */
export interface CallFilter {
  /** Wall-clock hours, inclusive: the period's first and last hour in the store's zone. */
  fromHour: number;
  toHour: number;
  agent?: string | null;
  queue?: string | null;
  customer?: string | null;
  outcome?: Outcome;
  /** Waited at least this many seconds. */
  minWaitS?: number;
  limit?: number;
}
