import { quantile } from '../kpi/quantile.js';
import { anyBackDated } from '../ledger/back-dated.js';
import { groupBy, mean, ratio } from '../ledger/group.js';
import { within, type Window } from '../ledger/window.js';
import type { CommitmentStory } from './ledger.js';

export type CommitmentMeasures = {
  /** Made in the period. */
  made: number;
  /** Original due in the period: the cohort every later measure counts. */
  due: number;
  kept_on_time: number;
  kept_late: number;
  broken: number;
  cancelled: number;
  open: number;
  overdue: number;
  /** kept by the original due / due in the period. */
  kept_rate: number | null;
  /** Hours after the original due that late ones were kept. */
  lateness_mean_h: number | null;
  lateness_median_h: number | null;
  /** Of those due in the period, how many have an entry written later than it is dated (--at, an import, SVC_NOW). */
  back_dated: number;
};

export const COMMITMENT_MEASURES: readonly (keyof CommitmentMeasures)[] = [
  'made',
  'due',
  'kept_on_time',
  'kept_late',
  'broken',
  'cancelled',
  'open',
  'overdue',
  'kept_rate',
  'lateness_mean_h',
  'lateness_median_h',
  'back_dated',
];

export type CommitmentGrouping = 'owner' | 'channel';

export interface CommitmentStats {
  totals: CommitmentMeasures;
  /** key null: the commitments with no owner (or channel). */
  groups: { key: string | null; measures: CommitmentMeasures }[];
}

export function commitmentStats(stories: readonly CommitmentStory[], window: Window, by?: CommitmentGrouping): CommitmentStats {
  const groups = by ? [...groupBy(stories, (story) => story.commitment[by]).entries()] : [];
  return {
    totals: commitmentMeasures(stories, window),
    groups: groups.map(([key, members]) => ({ key, measures: commitmentMeasures(members, window) })),
  };
}

/** States are as of now; a cancelled commitment counts as not kept, so a cancellation cannot hide a missed promise. */
export function commitmentMeasures(stories: readonly CommitmentStory[], window: Window): CommitmentMeasures {
  const due = stories.filter((story) => within(story.commitment.dueAt, window));
  const count = (test: (story: CommitmentStory) => boolean) => due.filter(test).length;
  const lateness = due
    .map((story) => story.state.lateByS)
    .filter((late): late is number => late !== null)
    .map((seconds) => seconds / 3600)
    .sort((a, b) => a - b);
  const keptOnTime = count((story) => story.state.keptOnTime === true);
  return {
    made: stories.filter((story) => within(story.commitment.madeAt, window)).length,
    due: due.length,
    kept_on_time: keptOnTime,
    kept_late: lateness.length,
    broken: count((story) => story.state.status === 'broken'),
    cancelled: count((story) => story.state.status === 'cancelled'),
    open: count((story) => story.state.status === 'open'),
    overdue: count((story) => story.state.overdue),
    kept_rate: ratio(keptOnTime, due.length),
    lateness_mean_h: mean(lateness),
    lateness_median_h: quantile(lateness, 0.5),
    back_dated: count((story) => anyBackDated({ at: story.commitment.madeAt, recordedAt: story.commitment.recordedAt }, story.events)),
  };
}
