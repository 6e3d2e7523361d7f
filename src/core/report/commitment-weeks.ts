import { commitmentMeasures } from '../commitments/stats.js';
import type { CommitmentStory } from '../commitments/ledger.js';
import { periodWindow } from '../ledger/window.js';
import { isoFromDay, weekStartOf, type Weekday } from '../time/calendar.js';
import type { Period } from '../time/period.js';
import type { Zone } from '../time/zone.js';

/** The commitments whose original due falls in one week, by how they ended (as of now). */
export interface CommitmentWeek {
  /** The week's first day, ISO. */
  week: string;
  kept_on_time: number;
  kept_late: number;
  /** Broken or cancelled: a cancelled promise was not kept either. */
  broken: number;
  open: number;
}

/** At least this many weeks are drawn, so a weekly report shows where its week stands. */
export const COMMITMENT_WEEKS = 8;

/**
 * The weeks of the period, and before them as many as make COMMITMENT_WEEKS, ending with the
 * week of the period's last day; each counts the commitments whose original due falls in it.
 */
export function commitmentWeeks(stories: readonly CommitmentStory[], period: Period, zone: Zone, weekStart: Weekday): CommitmentWeek[] {
  const last = weekStartOf(period.toDay, weekStart);
  const first = Math.min(weekStartOf(period.fromDay, weekStart), last - 7 * (COMMITMENT_WEEKS - 1));
  const weeks: CommitmentWeek[] = [];
  for (let day = first; day <= last; day += 7) {
    const measures = commitmentMeasures(stories, periodWindow({ fromDay: day, toDay: day + 6, kind: 'custom' }, zone));
    weeks.push({ week: isoFromDay(day), kept_on_time: measures.kept_on_time, kept_late: measures.kept_late, broken: measures.broken + measures.cancelled, open: measures.open });
  }
  return weeks;
}
