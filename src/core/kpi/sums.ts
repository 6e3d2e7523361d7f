/**
 * The additive sums behind the call KPIs, as hourly_rollup keeps them per hour, queue and
 * agent (src/db/rollups.ts is their one definition). Sums of any set of hours add up.
 */
export interface CallSums {
  answered: number;
  abandoned: number;
  /** Abandoned with wait < S. */
  shortAbandoned: number;
  /** Answered calls whose wait is known, and the sum and maximum of those waits. */
  answeredWaitN: number;
  answeredWaitSum: number;
  answeredWaitMax: number | null;
  /** Answered with wait ≤ T. */
  answeredWithinSl: number;
  /** Abandoned calls that are not short and whose wait is known, and the sum of those waits. */
  abandonWaitN: number;
  abandonWaitSum: number;
  /** Talk + hold + wrap of answered calls, a missing part counted as 0. */
  handleSum: number;
  talkN: number;
  talkSum: number;
  /** Answered calls with a known resolved flag, and those resolved. */
  resolvedN: number;
  resolvedYes: number;
  csatN: number;
  csatSum: number;
  /** csat answers of 4 or 5. */
  csatTop2: number;
  /** Answered calls with a known customer, and those whose customer called again within (0, W]. */
  repeatBase: number;
  repeatYes: number;
}

export function emptyCallSums(): CallSums {
  return {
    answered: 0,
    abandoned: 0,
    shortAbandoned: 0,
    answeredWaitN: 0,
    answeredWaitSum: 0,
    answeredWaitMax: null,
    answeredWithinSl: 0,
    abandonWaitN: 0,
    abandonWaitSum: 0,
    handleSum: 0,
    talkN: 0,
    talkSum: 0,
    resolvedN: 0,
    resolvedYes: 0,
    csatN: 0,
    csatSum: 0,
    csatTop2: 0,
    repeatBase: 0,
    repeatYes: 0,
  };
}

/** The sums of two sets of calls together. */
export function addCallSums(a: CallSums, b: CallSums): CallSums {
  const total = emptyCallSums();
  for (const key of Object.keys(total) as (keyof CallSums)[]) {
    if (key === 'answeredWaitMax') continue;
    total[key] = a[key] + b[key];
  }
  total.answeredWaitMax = a.answeredWaitMax === null ? b.answeredWaitMax : b.answeredWaitMax === null ? a.answeredWaitMax : Math.max(a.answeredWaitMax, b.answeredWaitMax);
  return total;
}
