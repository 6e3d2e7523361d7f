import type { Store } from '../../db/open.js';
import { waitingSums } from '../../db/staffing.js';
import type { Settings } from '../settings.js';
import type { Period } from '../time/period.js';
import { charterHasStaffingTarget, chooseStaffingTarget } from './charter-target.js';
import { staffFromLog } from './log-staffing.js';
import { beyondMargin, type StaffingMargin } from './margin.js';
import { formatStaffingTarget } from './target-spec.js';

/** Consecutive intervals in which fewer agents were seen than needed, beyond the margin. */
export interface UnderstaffedRun {
  /** Wall-clock seconds of the first interval's start, and of the last one's end. */
  wallFrom: number;
  wallTo: number;
  intervals: number;
  mostNeeded: number;
  fewestSeen: number;
  largestGap: number;
}

export interface UnderstaffedCheck {
  target: string;
  intervalMin: number;
  runs: UnderstaffedRun[];
}

export const CHECK_INTERVAL_MIN = 30;

/**
 * The charter's staffing held against the agents seen in each 30-minute interval of the period;
 * null when the charter has neither a staffing nor a service_level target to hold.
 */
export function understaffedIntervals(db: Store, settings: Settings, period: Period, margin: StaffingMargin): UnderstaffedCheck | null {
  if (!charterHasStaffingTarget(db)) return null;
  const { target } = chooseStaffingTarget(db, settings, undefined);
  const model = target.kpi === 'abandon_rate' ? 'erlang-a' : 'erlang-c';
  // An abandon-rate target on a period without abandoned calls has no patience to model, and was met.
  if (model === 'erlang-a' && !periodHasAbandons(db, period)) return { target: formatStaffingTarget(target), intervalMin: CHECK_INTERVAL_MIN, runs: [] };
  const result = staffFromLog(db, settings, { period, intervalMin: CHECK_INTERVAL_MIN, target, targetSource: 'charter', model, shrinkage: null, typical: false });
  const runs: UnderstaffedRun[] = [];
  let previousEnd: number | null = null;
  for (const interval of result.intervals) {
    const needed = interval.agents_needed;
    if (needed === null || !beyondMargin(needed, interval.agents_seen, margin)) continue;
    const end = interval.wallStart + CHECK_INTERVAL_MIN * 60;
    const last = runs.at(-1);
    if (last && previousEnd === interval.wallStart) {
      last.wallTo = end;
      last.intervals++;
      last.mostNeeded = Math.max(last.mostNeeded, needed);
      last.fewestSeen = Math.min(last.fewestSeen, interval.agents_seen);
      last.largestGap = Math.max(last.largestGap, needed - interval.agents_seen);
    } else {
      runs.push({ wallFrom: interval.wallStart, wallTo: end, intervals: 1, mostNeeded: needed, fewestSeen: interval.agents_seen, largestGap: needed - interval.agents_seen });
    }
    previousEnd = end;
  }
  return { target: formatStaffingTarget(target), intervalMin: CHECK_INTERVAL_MIN, runs };
}

function periodHasAbandons(db: Store, period: Period): boolean {
  return waitingSums(db, { fromQuarter: period.fromDay * 96, toQuarter: (period.toDay + 1) * 96 - 1 }).some((row) => row.abandoned > 0);
}
