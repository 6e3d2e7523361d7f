import { dataSpan } from '../../db/data-span.js';
import type { Store } from '../../db/open.js';
import { addMonths, firstDayOfMonth, isoFromDay } from '../time/calendar.js';
import type { Period } from '../time/period.js';
import type { Zone } from '../time/zone.js';

export interface SwotPeriod {
  period: Period;
  /** Why this period, in one line. */
  note: string;
}

/**
 * A review with no period asked reads the last complete month the store's data covers from its
 * first day to its last; when the data covers no whole month, the span it does cover, and says so.
 */
export function swotDefaultPeriod(db: Store, zone: Zone, today: number): SwotPeriod {
  let month = addMonths(firstDayOfMonth(today), -1);
  const monthOf = (first: number): Period => ({ fromDay: first, toDay: addMonths(first, 1) - 1, kind: 'monthly' });
  const span = dataSpan(db, (at) => zone.localDay(at));
  if (span === null) return { period: monthOf(month), note: 'The store holds no data yet: the review covers the last complete month.' };
  while (monthOf(month).toDay > span.last) month = addMonths(month, -1);
  const candidate = monthOf(month);
  if (candidate.fromDay >= span.first) {
    return { period: candidate, note: `The review covers ${isoFromDay(candidate.fromDay)} to ${isoFromDay(candidate.toDay)}: the last complete month the store's data covers.` };
  }
  const last = Math.min(span.last, today);
  return {
    period: { fromDay: span.first, toDay: last, kind: 'custom' },
    note: `The store's data covers only ${isoFromDay(span.first)} to ${isoFromDay(last)}, not a whole month: the review covers that span (--from and --to choose another).`,
  };
}
