import type { WaitingSums } from '../../db/staffing.js';

export interface PatienceEstimate {
  /** '' for calls without a queue. */
  queue: string;
  /** Mean patience in seconds; null without abandoned calls to estimate it from. */
  patience_s: number | null;
  abandoned: number;
}

/**
 * Callers' mean patience when it is exponential and censored by being answered: the maximum-
 * likelihood estimate is the total time waited by all calls divided by the number that
 * abandoned (Brown et al., "Statistical analysis of a telephone call center", JASA 100, 2005, §6).
 */
export function estimatePatience(sums: readonly WaitingSums[]): { byQueue: PatienceEstimate[]; pooled: PatienceEstimate } {
  const estimate = (queue: string, waitSum: number, abandoned: number): PatienceEstimate => ({
    queue,
    patience_s: abandoned > 0 ? waitSum / abandoned : null,
    abandoned,
  });
  const byQueue = sums.map((row) => estimate(row.queue, row.waitSum, row.abandoned));
  const pooled = estimate(
    '',
    sums.reduce((sum, row) => sum + row.waitSum, 0),
    sums.reduce((sum, row) => sum + row.abandoned, 0),
  );
  return { byQueue, pooled };
}
