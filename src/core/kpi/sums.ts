/**
 * What a call is known by when it is summed: each condition below reads one or two of these.
 * In SQL they are the calls table's columns; in an import, the packed batch's numbers.
 */
export type SumField = 'wait' | 'talk' | 'hold' | 'handle' | 'csat';

/**
 * When a call counts towards a sum. T, S and W are the rollups' parameters (RollupBasis).
 * `repeat` is known only once the customer's next call is in the store, so an import's running
 * sums leave it at 0 and the repeat refresh counts it afterwards (src/db/rollups.ts).
 */
export type SumCondition =
  | 'answered'
  | 'abandoned'
  | 'waitKnown'
  | 'waitWithinT'
  | 'waitBelowS'
  | 'waitAtLeastS'
  | 'talkKnown'
  | 'holdKnown'
  | 'resolvedKnown'
  | 'resolved'
  | 'csatKnown'
  | 'csatTop2'
  | 'customerKnown'
  | 'repeat';

/**
 * How a call adds to a sum: it is counted, or a field's value is added, or the largest value is
 * kept; only calls meeting every condition contribute. A missing field (NULL, NaN) adds
 * nothing; `handle` is talk + hold + wrap with a missing part counted as 0.
 */
export interface SumDeclaration {
  key: string;
  /** The column in hourly_rollup (and interval_rollup, for the sums it keeps). */
  column: string;
  take: 'count' | 'sum' | 'max';
  field?: SumField;
  when: readonly SumCondition[];
}

/**
 * The one declaration of the additive sums behind the call KPIs, as hourly_rollup keeps them
 * per hour, queue and agent. The table's columns, the SQL that recounts them from calls, the
 * running sums of an import and CallSums below are all derived from this list; sums of any
 * set of hours add up (the maximum combines as a maximum).
 */
export const CALL_SUMS = [
  { key: 'answered', column: 'answered', take: 'count', when: ['answered'] },
  /** Includes short abandons. */
  { key: 'abandoned', column: 'abandoned', take: 'count', when: ['abandoned'] },
  { key: 'shortAbandoned', column: 'short_abandoned', take: 'count', when: ['abandoned', 'waitBelowS'] },
  { key: 'answeredWaitN', column: 'answered_wait_n', take: 'count', when: ['answered', 'waitKnown'] },
  { key: 'answeredWaitSum', column: 'answered_wait_sum', take: 'sum', field: 'wait', when: ['answered'] },
  { key: 'answeredWaitMax', column: 'answered_wait_max', take: 'max', field: 'wait', when: ['answered'] },
  { key: 'answeredWithinSl', column: 'answered_within_sl', take: 'count', when: ['answered', 'waitWithinT'] },
  { key: 'abandonWaitN', column: 'abandon_wait_n', take: 'count', when: ['abandoned', 'waitAtLeastS'] },
  { key: 'abandonWaitSum', column: 'abandon_wait_sum', take: 'sum', field: 'wait', when: ['abandoned', 'waitAtLeastS'] },
  { key: 'handleSum', column: 'handle_sum', take: 'sum', field: 'handle', when: ['answered'] },
  { key: 'talkN', column: 'talk_n', take: 'count', when: ['answered', 'talkKnown'] },
  { key: 'talkSum', column: 'talk_sum', take: 'sum', field: 'talk', when: ['answered'] },
  { key: 'holdN', column: 'hold_n', take: 'count', when: ['answered', 'holdKnown'] },
  { key: 'holdSum', column: 'hold_sum', take: 'sum', field: 'hold', when: ['answered'] },
  { key: 'resolvedN', column: 'resolved_n', take: 'count', when: ['answered', 'resolvedKnown'] },
  { key: 'resolvedYes', column: 'resolved_yes', take: 'count', when: ['answered', 'resolved'] },
  { key: 'csatN', column: 'csat_n', take: 'count', when: ['csatKnown'] },
  { key: 'csatSum', column: 'csat_sum', take: 'sum', field: 'csat', when: [] },
  { key: 'csatTop2', column: 'csat_top2', take: 'count', when: ['csatTop2'] },
  /** Answered calls with a known customer, and those whose customer called again within (0, W]. */
  { key: 'repeatBase', column: 'repeat_base', take: 'count', when: ['answered', 'customerKnown'] },
  { key: 'repeatYes', column: 'repeat_yes', take: 'count', when: ['answered', 'customerKnown', 'repeat'] },
] as const satisfies readonly SumDeclaration[];

export type CallSumKey = (typeof CALL_SUMS)[number]['key'];
type MaxKey = Extract<(typeof CALL_SUMS)[number], { take: 'max' }>['key'];

/** A set of calls' sums; a maximum is null when no call had the value. */
export type CallSums = { [K in CallSumKey]: K extends MaxKey ? number | null : number };

export function emptyCallSums(): CallSums {
  return Object.fromEntries(CALL_SUMS.map((sum) => [sum.key, sum.take === 'max' ? null : 0])) as CallSums;
}

/** Two partial results of one sum together. */
export function combineSum(take: SumDeclaration['take'], a: number | null, b: number | null): number | null {
  if (take !== 'max') return (a ?? 0) + (b ?? 0);
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** The sums of two sets of calls together. */
export function addCallSums(a: CallSums, b: CallSums): CallSums {
  const total: Record<string, number | null> = {};
  for (const sum of CALL_SUMS) total[sum.key] = combineSum(sum.take, a[sum.key], b[sum.key]);
  return total as CallSums;
}

/** The declared sums whose keys are listed, in declaration order (interval_rollup keeps a subset). */
export function callSumsNamed(keys: readonly CallSumKey[]): SumDeclaration[] {
  return CALL_SUMS.filter((sum) => keys.includes(sum.key));
}
