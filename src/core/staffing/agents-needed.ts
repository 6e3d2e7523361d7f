import { UserError } from '../../errors.js';
import type { QueueModel } from './prediction.js';
import { formatStaffingTarget, meetsTarget, type StaffingTarget } from './target-spec.js';

/** Beyond this many agents per erlang (plus a few) no realistic target is still unmet. */
const SEARCH_LIMIT = 1_000_000;

/**
 * The fewest agents whose prediction meets the target with occupancy at most `maxOccupancy`.
 * More agents never predict worse (a test holds the models to it), so a doubling search then a
 * bisection finds it in O(log N) predictions.
 */
export function agentsNeeded(model: QueueModel, target: StaffingTarget, maxOccupancy: number): number {
  if (model.erlangs === 0) return 0;
  const enough = (agents: number) => {
    const prediction = model.predict(agents);
    return meetsTarget(prediction, target) && prediction.occupancy !== null && prediction.occupancy <= maxOccupancy;
  };
  let low = 0;
  let high = Math.max(1, Math.ceil(model.erlangs));
  while (!enough(high)) {
    low = high;
    high *= 2;
    if (high > SEARCH_LIMIT) {
      throw new UserError(`no number of agents meets ${formatStaffingTarget(target)} at ${model.erlangs.toFixed(1)} erlangs`, 'loosen the target: a wait of exactly 0 s or no waiting at all cannot be promised');
    }
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (enough(middle)) high = middle;
    else low = middle;
  }
  return high;
}
