import type { CallKpis } from './catalogue.js';
import { quantileOfCounted, type CountedValues } from './quantile.js';
import type { CallSums } from './sums.js';

/** Everything the call KPIs of one group are computed from. */
export interface CallMeasures {
  sums: CallSums;
  /** Waits of answered calls whose wait is known, counted by value. */
  waits: CountedValues;
  /** Distinct known customers among offered calls. */
  customers: number;
}

/** A share or a mean; null where the denominator is 0 (design.md). */
function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The call KPIs exactly as design.md defines them. */
export function callKpis({ sums, waits, customers }: CallMeasures): CallKpis {
  const offered = sums.answered + sums.abandoned - sums.shortAbandoned;
  return {
    offered,
    answered: sums.answered,
    abandoned: sums.abandoned,
    short_abandoned: sums.shortAbandoned,
    abandon_rate: ratio(sums.abandoned - sums.shortAbandoned, offered),
    asa_s: ratio(sums.answeredWaitSum, sums.answeredWaitN),
    wait_median_s: quantileOfCounted(waits, 0.5),
    wait_p90_s: quantileOfCounted(waits, 0.9),
    max_wait_s: sums.answeredWaitMax,
    avg_abandon_wait_s: ratio(sums.abandonWaitSum, sums.abandonWaitN),
    service_level: ratio(sums.answeredWithinSl, offered),
    service_level_answered: ratio(sums.answeredWithinSl, sums.answered),
    aht_s: ratio(sums.handleSum, sums.answered),
    talk_avg_s: ratio(sums.talkSum, sums.talkN),
    hold_avg_s: ratio(sums.holdSum, sums.holdN),
    repeat_rate: ratio(sums.repeatYes, sums.repeatBase),
    fcr_rate: ratio(sums.resolvedYes, sums.resolvedN),
    csat_avg: ratio(sums.csatSum, sums.csatN),
    csat_top2: ratio(sums.csatTop2, sums.csatN),
    customers,
  };
}
