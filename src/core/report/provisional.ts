import type { CallKpiKey } from '../kpi/catalogue.js';
import type { CallSums } from '../kpi/sums.js';

/**
 * A KPI whose definition looks beyond the calls it counts (repeat contacts look W hours past
 * each call) while the store does not yet reach that far for all of them: its value is
 * provisional, and this says how much of it could be seen.
 */
export interface ProvisionalKpi {
  kpi: CallKpiKey;
  /** The calls the value is computed over. */
  calls: number;
  /** Of those, the calls whose whole window lies before the newest call in the store. */
  seen: number;
  /** seen / calls. */
  seen_share: number;
}

export function provisionalKpis(sums: CallSums, repeatsSeen: number): ProvisionalKpi[] {
  if (sums.repeatBase === 0 || repeatsSeen >= sums.repeatBase) return [];
  return [{ kpi: 'repeat_rate', calls: sums.repeatBase, seen: repeatsSeen, seen_share: repeatsSeen / sums.repeatBase }];
}
